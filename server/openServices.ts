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
import { StorageHealth } from './storage/StorageHealth'
import { watchedDocStore } from './storage/watchedDocStore'
import { SyncHub } from './sync/SyncHub'
import type { SyncLimits } from './sync/syncLimits'
import type { ClusterConfig } from './cluster/openClusterStores'
import type { VersionStore } from './storage/VersionStore'

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
  /**
   * Several instances: PostgreSQL holds everything durable (the data folder
   * keeps only this instance's lock) and Redis carries live edits between them.
   */
  cluster?: ClusterConfig
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
  /** Runs `work` while no other instance sharing the stores runs its own (first-start setup). */
  exclusively<T> (work: () => Promise<T>): Promise<T>
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
  let reauthorize = () => {}
  // Loaded only when configured: one process on a data folder does not load the PostgreSQL and Redis clients.
  const cluster = options.cluster
    ? await (await import('./cluster/openClusterStores')).openClusterStores(options.cluster, options.log, () => reauthorize())
    : null
  const meta: MetaStore = cluster?.meta ?? await LowMetaStore.open(join(options.dataDir, 'db.json'))
  const logStore = cluster ? null : await LogDocStore.openFolder(options.dataDir, { log: options.log })
  const baseStore: DocStore = cluster?.docStore ?? logStore!
  // Every write's outcome is watched: a full disk or a read-only folder is logged once, shown by
  // GET /api/health, retried, and never acknowledged to anyone as saved.
  const storage = new StorageHealth(options.log, cluster ? 'PostgreSQL' : `папка данных ${options.dataDir}`)
  const docStore = watchedDocStore(options.wrapDocStore ? options.wrapDocStore(baseStore) : baseStore, storage)
  const versionStore: VersionStore = cluster?.versionStore ?? new FileVersionStore(join(options.dataDir, 'versions'))
  let versions: Versions | null = null
  const hub = new SyncHub(docStore, {
    bus: cluster?.bus,
    storage,
    // The log store writes every change at the end of the turn it came in, grouped with every
    // other document's into one fsync; waiting longer would only delay «Сохранено».
    debounceMs: options.saveDebounceMs ?? (logStore ? 0 : 200),
    maxWaitMs: options.saveMaxWaitMs ?? (logStore ? 0 : 1000),
    unloadDelayMs: options.unloadDelayMs ?? 30_000,
    log: options.log,
    limits: options.syncLimits,
    onAuthored: (principal, _doc, parts) => versions?.onAuthored(principal, parts),
    // A document nobody edits here any more: fold its appended updates into the snapshot, off the sync path.
    onUnloaded: name => { void (cluster ? cluster.docStore.compactInBackground(name) : logStore?.compact(name)) },
  })
  const damagedDocuments = options.checkDocuments === false ? [] : await hub.checkStoredDocuments()
  const accounts = new Accounts(meta)
  const boards = new Boards(meta, docStore, accounts)
  versions = new Versions(versionStore, boards, hub, options.log)
  // Roles, members or sessions changed on another instance: re-check the connections open here.
  reauthorize = () => hub.reauthorize(principal => boards.accessOf(principal))
  const annotations = new Annotations(boards, hub, meta, (boardId, logins, parts) => versions!.recordAuthors(boardId, logins, parts))
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
    audit: cluster?.audit ?? new FileAuditLog(join(options.dataDir, 'audit.jsonl'), options.log),
    damagedDocuments,
    exclusively: work => cluster ? cluster.exclusively(work) : work(),
    async close () {
      try {
        await versions!.drain()
        await hub.shutdown()
      } finally {
        if (cluster) await cluster.close()
        else {
          await logStore?.close()
          await meta.close()
        }
      }
    },
  }
}
