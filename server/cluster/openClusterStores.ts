import type pg from 'pg'
import type { DocStore } from '../storage/DocStore'
import type { MetaStore } from '../storage/MetaStore'
import type { VersionStore } from '../storage/VersionStore'
import { localBus, type DocBus } from '../sync/DocBus'
import { LockClass } from './migrations'
import { openDatabase } from './pgDatabase'
import { PgDocStore } from './PgDocStore'
import { PgMetaStore } from './PgMetaStore'
import { PgVersionStore } from './PgVersionStore'
import { RedisBus } from './RedisBus'
import { PgAuditLog } from './PgAuditLog'
import type { AuditLog } from '../audit/AuditLog'

export interface ClusterConfig {
  /** PLANERKA_DATABASE_URL: everything durable lives in PostgreSQL. */
  databaseUrl: string
  /** PLANERKA_REDIS_URL: live edits and presence cross instances. */
  redisUrl?: string
}

export interface ClusterStores {
  pool: pg.Pool
  meta: MetaStore
  docStore: PgDocStore
  versionStore: VersionStore
  bus: DocBus
  audit: AuditLog
  /** Runs `work` while no other instance runs its own (creating admin and the demo board once). */
  exclusively<T> (work: () => Promise<T>): Promise<T>
  close (): Promise<void>
}

/** Opens PostgreSQL (migrating the schema) and Redis for one instance. */
export async function openClusterStores (config: ClusterConfig, log: (message: string) => void, onExternalChange: () => void): Promise<ClusterStores> {
  const pool = await openDatabase(config.databaseUrl, log)
  let bus: RedisBus | null = null
  let meta: PgMetaStore | null = null
  try {
    meta = await PgMetaStore.open(pool, config.databaseUrl, { onExternalChange, log })
    if (config.redisUrl) {
      bus = new RedisBus(config.redisUrl, log)
      await bus.ready()
    }
  } catch (error) {
    await bus?.close()
    await meta?.close().catch(() => {})
    await pool.end().catch(() => {})
    throw error
  }
  const docStore = new PgDocStore(pool, { log })
  return {
    pool,
    meta,
    docStore,
    versionStore: new PgVersionStore(pool),
    bus: bus ?? localBus,
    audit: new PgAuditLog(pool, log),
    async exclusively (work) {
      const client = await pool.connect()
      try {
        await client.query('SELECT pg_advisory_lock($1, 0)', [LockClass.startup])
        try {
          await meta!.refresh()
          return await work()
        } finally {
          await client.query('SELECT pg_advisory_unlock($1, 0)', [LockClass.startup])
        }
      } finally {
        client.release()
      }
    },
    async close () {
      await docStore.idle()
      await Promise.allSettled([meta!.close(), bus?.close()])
      await pool.end()
    },
  }
}

export type { DocStore, MetaStore }
