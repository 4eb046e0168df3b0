import pg from 'pg'
import { emptyMetaData, migrateMetaData, type MetaData } from '../storage/MetaData'
import type { MetaStore } from '../storage/MetaStore'
import { inTransaction } from './pgDatabase'
import { LockClass } from './migrations'

/** The record key of each known list; a list added later is keyed by position. */
const KEYS: Record<string, (record: Record<string, unknown>) => string> = {
  users: r => String(r.login),
  sessions: r => String(r.tokenHash),
  boards: r => String(r.id),
  members: r => `${String(r.boardId)}\n${String(r.login)}`,
  reads: r => `${String(r.boardId)}\n${String(r.login)}`,
}
/** Scalar fields of MetaData (the format version) live under this kind. */
const FIELDS = '$fields'
const CHANNEL = 'planerka_meta'
/** After PostgreSQL went away, try to listen again this often. */
const RELISTEN_MS = 1_000
/**
 * A request catching up before it is answered waits at most this long for
 * PostgreSQL; past it (PostgreSQL down or slow) the copy in memory answers.
 */
const REFRESH_WAIT_MS = 1_000

interface Row { kind: string; key: string; ord: string; record: unknown }
type Stored = Map<string, Map<string, { ord: number; json: string }>>

export interface PgMetaStoreOptions {
  /** Another instance changed the metadata and this one has reloaded it (re-check open connections). */
  onExternalChange?: () => void
  log?: (message: string) => void
}

/**
 * Users, sessions, boards, members and reads in PostgreSQL (`meta_records`,
 * one row per record). Reads are from memory as with the file store. An
 * update takes the metadata advisory lock, reloads first if another instance
 * changed something (`meta_revision`), applies the change to a copy, writes
 * only the records that differ, bumps the revision and NOTIFYs the others,
 * who reload. The copy is kept only after COMMIT: when PostgreSQL is down the
 * change fails and memory keeps the stored truth.
 */
export class PgMetaStore implements MetaStore {
  private queue: Promise<unknown> = Promise.resolve()
  private listener: pg.Client | null = null
  private closed = false
  private relistenTimer: NodeJS.Timeout | null = null
  /** Requests arriving together share one check of the revision. */
  private refreshing: Promise<boolean> | null = null

  private constructor (
    private readonly pool: pg.Pool,
    private readonly url: string,
    private current: MetaData,
    private stored: Stored,
    private rev: number,
    private readonly options: PgMetaStoreOptions,
  ) {}

  static async open (pool: pg.Pool, url: string, options: PgMetaStoreOptions = {}): Promise<PgMetaStore> {
    const loaded = await inTransaction(pool, client => load(client), 'REPEATABLE READ')
    const store = new PgMetaStore(pool, url, loaded.data, loaded.stored, loaded.rev, options)
    await store.listen()
    return store
  }

  get data (): MetaData {
    return this.current
  }

  update<T> (change: (data: MetaData) => T): Promise<T> {
    const run = this.queue.then(() => inTransaction(this.pool, async client => {
      await client.query('SELECT pg_advisory_xact_lock($1, 0)', [LockClass.meta])
      const { rows: [{ rev }] } = await client.query<{ rev: string }>('SELECT rev FROM meta_revision WHERE id = 1')
      let base = { data: this.current, stored: this.stored }
      if (Number(rev) !== this.rev) base = await load(client)
      const next = structuredClone(base.data)
      const result = change(next)
      const stored = await writeDiff(client, base.stored, next)
      const { rows: [bumped] } = await client.query<{ rev: string }>('UPDATE meta_revision SET rev = rev + 1 WHERE id = 1 RETURNING rev')
      await client.query('SELECT pg_notify($1, $2)', [CHANNEL, bumped.rev])
      return { result, next, stored, rev: Number(bumped.rev) }
    })).then(({ result, next, stored, rev }) => {
      this.current = next
      this.stored = stored
      this.rev = rev
      return result
    })
    this.queue = run.catch(() => {})
    return run
  }

  /**
   * Reloads when another instance changed something. Called on NOTIFY, and
   * by whoever must not act on a stale copy (a session cookie this instance
   * does not know yet may have been issued by another one a moment ago).
   */
  refresh (): Promise<boolean> {
    if (this.refreshing) return this.refreshing
    const run = this.check()
    let timer: NodeJS.Timeout | undefined
    const bounded = Promise.race([run, new Promise<boolean>(resolve => { timer = setTimeout(() => resolve(false), REFRESH_WAIT_MS) })])
      .finally(() => {
        clearTimeout(timer)
        this.refreshing = null
      })
    this.refreshing = bounded
    return bounded
  }

  /** Queued after any update: compares the revision and reloads when it moved. */
  private check (): Promise<boolean> {
    const run = this.queue.then(async () => {
      const { rows: [{ rev }] } = await this.pool.query<{ rev: string }>('SELECT rev FROM meta_revision WHERE id = 1')
      if (Number(rev) === this.rev) return false
      const loaded = await inTransaction(this.pool, client => load(client), 'REPEATABLE READ')
      this.current = loaded.data
      this.stored = loaded.stored
      this.rev = loaded.rev
      // Whoever noticed first (a request or the NOTIFY), open connections are re-checked once per change.
      this.options.onExternalChange?.()
      return true
    })
    this.queue = run.catch(() => {})
    return run
  }

  async close (): Promise<void> {
    this.closed = true
    if (this.relistenTimer) clearTimeout(this.relistenTimer)
    await this.queue
    await this.listener?.end().catch(() => {})
    this.listener = null
  }

  /** A dedicated connection for LISTEN; re-established (with a reload) after PostgreSQL comes back. */
  private async listen (): Promise<void> {
    const client = new pg.Client({ connectionString: this.url })
    const retry = () => {
      if (this.closed || this.relistenTimer) return
      this.listener = null
      this.relistenTimer = setTimeout(() => {
        this.relistenTimer = null
        this.listen().then(() => this.onNotified(), () => retry())
      }, RELISTEN_MS)
    }
    client.on('error', () => { client.end().catch(() => {}); retry() })
    client.on('notification', message => {
      if (Number(message.payload) !== this.rev) this.onNotified()
    })
    try {
      await client.connect()
      await client.query(`LISTEN ${CHANNEL}`)
    } catch (error) {
      client.end().catch(() => {})
      throw error
    }
    if (this.closed) {
      await client.end()
      return
    }
    this.listener = client
  }

  private onNotified (): void {
    // Not the shared request-time check: one already under way may have read the revision before this change.
    this.check().catch(error => this.options.log?.(`Метаданные не перечитаны из PostgreSQL: ${(error as Error).message}`))
  }
}

async function load (client: pg.PoolClient): Promise<{ data: MetaData; stored: Stored; rev: number }> {
  const { rows: [{ rev }] } = await client.query<{ rev: string }>('SELECT rev FROM meta_revision WHERE id = 1')
  const { rows } = await client.query<Row>('SELECT kind, key, ord, record FROM meta_records ORDER BY kind, ord')
  const data = emptyMetaData() as unknown as Record<string, unknown>
  const stored: Stored = new Map()
  for (const row of rows) {
    let kind = stored.get(row.kind)
    if (!kind) stored.set(row.kind, kind = new Map())
    kind.set(row.key, { ord: Number(row.ord), json: JSON.stringify(row.record) })
    if (row.kind === FIELDS) {
      data[row.key] = row.record
    } else {
      const list = (data[row.kind] ??= []) as unknown[]
      list.push(row.record)
    }
  }
  return { data: migrateMetaData(data as unknown as MetaData), stored, rev: Number(rev) }
}

/**
 * Writes the records of `next` that differ from what is stored and deletes
 * the ones gone. Positions keep their old `ord` while the order holds, so
 * dropping expired sessions from the front does not rewrite every row.
 */
async function writeDiff (client: pg.PoolClient, before: Stored, next: MetaData): Promise<Stored> {
  const after: Stored = new Map()
  const upserts: { kind: string; key: string; ord: number; json: string }[] = []
  const deletes: { kind: string; key: string }[] = []
  const record = next as unknown as Record<string, unknown>
  for (const [name, value] of Object.entries(record)) {
    if (value === undefined) continue
    const old = before.get(name)
    if (Array.isArray(value)) {
      const rows = new Map<string, { ord: number; json: string }>()
      const keyOf = KEYS[name] ?? ((_: unknown, i: number) => String(i).padStart(8, '0'))
      let max = Math.max(0, ...[...(old?.values() ?? [])].map(r => r.ord))
      let last = -1
      value.forEach((item, i) => {
        const key = (keyOf as (r: Record<string, unknown>, i: number) => string)(item as Record<string, unknown>, i)
        const json = JSON.stringify(item)
        const was = old?.get(key)
        const ord = was && was.ord > last ? was.ord : ++max
        last = ord
        rows.set(key, { ord, json })
      })
      for (const [key, row] of rows) {
        const was = old?.get(key)
        if (!was || was.ord !== row.ord || was.json !== row.json) upserts.push({ kind: name, key, ...row })
      }
      for (const key of old?.keys() ?? []) if (!rows.has(key)) deletes.push({ kind: name, key })
      after.set(name, rows)
    } else {
      const fields = after.get(FIELDS) ?? new Map()
      after.set(FIELDS, fields)
      const json = JSON.stringify(value)
      fields.set(name, { ord: 0, json })
      if (before.get(FIELDS)?.get(name)?.json !== json) upserts.push({ kind: FIELDS, key: name, ord: 0, json })
    }
  }
  for (const [kind, rows] of before) {
    if (after.has(kind)) continue
    for (const key of rows.keys()) deletes.push({ kind, key })
  }
  if (deletes.length > 0) {
    await client.query('DELETE FROM meta_records WHERE (kind, key) IN (SELECT * FROM unnest($1::text[], $2::text[]))',
      [deletes.map(d => d.kind), deletes.map(d => d.key)])
  }
  if (upserts.length > 0) {
    await client.query(`INSERT INTO meta_records (kind, key, ord, record)
      SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::jsonb[])
      ON CONFLICT (kind, key) DO UPDATE SET ord = excluded.ord, record = excluded.record`,
    [upserts.map(u => u.kind), upserts.map(u => u.key), upserts.map(u => u.ord), upserts.map(u => u.json)])
  }
  return after
}
