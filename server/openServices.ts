import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Accounts } from './services/Accounts'
import { Boards } from './services/Boards'
import { FileDocStore } from './storage/FileDocStore'
import { LowMetaStore } from './storage/LowMetaStore'
import type { MetaStore } from './storage/MetaStore'
import type { DocStore } from './storage/DocStore'
import { SyncHub } from './sync/SyncHub'

export interface ServicesOptions {
  dataDir: string
  saveDebounceMs?: number
  saveMaxWaitMs?: number
  unloadDelayMs?: number
  log: (message: string) => void
}

export interface OpenServices {
  meta: MetaStore
  docStore: DocStore
  hub: SyncHub
  accounts: Accounts
  boards: Boards
  /** Problems found in stored documents (each names its file). */
  damagedDocuments: string[]
  /** Writes everything and closes the stores. */
  close (): Promise<void>
}

/**
 * Opens a data folder: the same services for the server and for the CLI
 * when no server is running, so both change data through one code path.
 * The caller must hold the data lock.
 */
export async function openServices (options: ServicesOptions): Promise<OpenServices> {
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 })
  const meta = await LowMetaStore.open(join(options.dataDir, 'db.json'))
  const docStore = new FileDocStore(join(options.dataDir, 'docs'))
  const hub = new SyncHub(docStore, {
    debounceMs: options.saveDebounceMs ?? 200,
    maxWaitMs: options.saveMaxWaitMs ?? 1000,
    unloadDelayMs: options.unloadDelayMs ?? 30_000,
    log: options.log,
  })
  const damagedDocuments = await hub.checkStoredDocuments()
  const accounts = new Accounts(meta)
  const boards = new Boards(meta, docStore, accounts)
  return {
    meta,
    docStore,
    hub,
    accounts,
    boards,
    damagedDocuments,
    async close () {
      try {
        await hub.shutdown()
      } finally {
        await meta.close()
      }
    },
  }
}
