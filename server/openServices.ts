import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { AuditLog } from './audit/AuditLog'
import { FileAuditLog } from './audit/FileAuditLog'
import { Accounts } from './services/Accounts'
import { Annotations } from './services/Annotations'
import { Boards } from './services/Boards'
import { Review } from './services/Review'
import { Versions } from './services/Versions'
import { LogDocStore } from './storage/log/LogDocStore'
import { FileVersionStore } from './storage/FileVersionStore'
import { LowMetaStore } from './storage/LowMetaStore'
import type { MetaStore } from './storage/MetaStore'
import type { DocStore } from './storage/DocStore'
import { SyncHub } from './sync/SyncHub'
import type { SyncLimits } from './sync/syncLimits'

export interface ServicesOptions {
  dataDir: string
  saveDebounceMs?: number
  saveMaxWaitMs?: number
  unloadDelayMs?: number
  /** Limits of the sync path (sizes, rates, connection caps); defaults in sync/syncLimits.ts. */
  syncLimits?: Partial<SyncLimits>
  log: (message: string) => void
  /**
   * Read every stored document at open to report damage (the server, once at
   * start). A CLI command touches one or two boards and skips it: a damaged
   * document is still refused when it is opened.
   */
  checkDocuments?: boolean
  /** Wraps the document store (tests inject faults such as a full disk through it). */
  wrapDocStore?: (store: DocStore) => DocStore
}

export interface OpenServices {
  meta: MetaStore
  docStore: DocStore
  hub: SyncHub
  accounts: Accounts
  boards: Boards
  annotations: Annotations
  versions: Versions
  review: Review
  /** Sign-ins, role changes, review states, exports, restores, deletions (see shared/audit.ts). */
  audit: AuditLog
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
  // Snapshots stay in docs/ as FileDocStore wrote them (older data folders open as they are); what changed since is in docs-log/.
  const logStore = await LogDocStore.open(join(options.dataDir, 'docs'), join(options.dataDir, 'docs-log'), { log: options.log })
  const docStore = options.wrapDocStore ? options.wrapDocStore(logStore) : logStore
  let versions: Versions | null = null
  const hub = new SyncHub(docStore, {
    debounceMs: options.saveDebounceMs ?? 200,
    maxWaitMs: options.saveMaxWaitMs ?? 1000,
    unloadDelayMs: options.unloadDelayMs ?? 30_000,
    log: options.log,
    limits: options.syncLimits,
    onAuthored: principal => versions?.onAuthored(principal),
  })
  const damagedDocuments = options.checkDocuments === false ? [] : await hub.checkStoredDocuments()
  const accounts = new Accounts(meta)
  const boards = new Boards(meta, docStore, accounts)
  versions = new Versions(new FileVersionStore(join(options.dataDir, 'versions')), boards, hub, options.log)
  const annotations = new Annotations(boards, hub, meta, (boardId, logins) => versions!.recordAuthors(boardId, logins))
  const review = new Review(boards, annotations, versions, hub, meta)
  return {
    meta,
    docStore,
    hub,
    accounts,
    boards,
    annotations,
    versions,
    review,
    audit: new FileAuditLog(join(options.dataDir, 'audit.jsonl'), options.log),
    damagedDocuments,
    async close () {
      try {
        await versions!.drain()
        await hub.shutdown()
      } finally {
        await logStore.close().catch(error => options.log(`Журнал документов не закрыт: ${String(error)}`))
        await meta.close()
      }
    },
  }
}
