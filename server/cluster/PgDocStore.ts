import type pg from 'pg'
import * as Y from 'yjs'
import type { DocLoadResult, DocStore } from '../storage/DocStore'
import { inTransaction } from './pgDatabase'
import { LockClass } from './migrations'

export interface PgDocStoreOptions {
  /** Compact a document once this many updates were appended since its snapshot… */
  compactAfterUpdates?: number
  /** …or once they add up to this many bytes. */
  compactAfterBytes?: number
  log?: (message: string) => void
}

/**
 * Reading a few hundred small updates on load is cheap, and compacting after
 * that many keeps a document's row count bounded while people type.
 */
const DEFAULT_COMPACT_AFTER_UPDATES = 200
/** A pasted DOCX import is one large update: compact soon after such bulk. */
const DEFAULT_COMPACT_AFTER_BYTES = 1024 * 1024

/**
 * Documents in PostgreSQL: a compacted snapshot per document (`docs`) plus
 * the updates appended since (`doc_updates`). An append is one INSERT, so a
 * save costs what changed, not the document's size; `load` merges the two.
 * Compaction runs in the background after N updates or M bytes, under a
 * per-document advisory lock so only one instance compacts a document at a
 * time; a replacing `save` takes the same lock.
 */
export class PgDocStore implements DocStore {
  private readonly appended = new Map<string, { count: number; bytes: number }>()
  private readonly compacting = new Map<string, Promise<void>>()
  private readonly compactAfterUpdates: number
  private readonly compactAfterBytes: number

  constructor (private readonly pool: pg.Pool, private readonly options: PgDocStoreOptions = {}) {
    this.compactAfterUpdates = options.compactAfterUpdates ?? DEFAULT_COMPACT_AFTER_UPDATES
    this.compactAfterBytes = options.compactAfterBytes ?? DEFAULT_COMPACT_AFTER_BYTES
  }

  async load (name: string): Promise<DocLoadResult> {
    // One snapshot of the database: a compaction committing in between cannot make us read an update twice or miss it.
    const { snapshot, updates } = await inTransaction(this.pool, client => readDoc(client, name), 'REPEATABLE READ')
    if (updates.length === 0) return { ok: true, state: snapshot }
    try {
      const parts = snapshot ? [snapshot, ...updates.map(u => u.data)] : updates.map(u => u.data)
      return { ok: true, state: parts.length === 1 ? parts[0] : Y.mergeUpdates(parts) }
    } catch (error) {
      const location = `PostgreSQL: docs/doc_updates «${name}»`
      return { ok: false, error: { code: 'corrupt', location, message: `Документ повреждён (${(error as Error).message}): ${location}` } }
    }
  }

  async save (name: string, state: Uint8Array): Promise<void> {
    await inTransaction(this.pool, async client => {
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LockClass.document, name])
      await client.query(`INSERT INTO docs (name, snapshot) VALUES ($1, $2)
        ON CONFLICT (name) DO UPDATE SET snapshot = excluded.snapshot, updated_at = now()`, [name, Buffer.from(state)])
      await client.query('DELETE FROM doc_updates WHERE name = $1', [name])
    })
    this.appended.delete(name)
  }

  /** Adds an update to the document; resolves once it is committed. */
  async append (name: string, update: Uint8Array): Promise<void> {
    await this.pool.query('INSERT INTO doc_updates (name, data) VALUES ($1, $2)', [name, Buffer.from(update)])
    const seen = this.appended.get(name) ?? { count: 0, bytes: 0 }
    seen.count++
    seen.bytes += update.length
    this.appended.set(name, seen)
    if (seen.count >= this.compactAfterUpdates || seen.bytes >= this.compactAfterBytes) void this.compactInBackground(name)
  }

  async list (): Promise<string[]> {
    const { rows } = await this.pool.query<{ name: string }>('SELECT name FROM docs UNION SELECT name FROM doc_updates')
    return rows.map(r => r.name).sort()
  }

  async remove (name: string): Promise<void> {
    await inTransaction(this.pool, async client => {
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LockClass.document, name])
      await client.query('DELETE FROM docs WHERE name = $1', [name])
      await client.query('DELETE FROM doc_updates WHERE name = $1', [name])
    })
    this.appended.delete(name)
  }

  /**
   * Folds the appended updates into the snapshot. Returns false when another
   * instance holds the document's lock (it is compacting it right now).
   */
  async compact (name: string): Promise<boolean> {
    return inTransaction(this.pool, async client => {
      const { rows: [lock] } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS locked', [LockClass.document, name])
      if (!lock.locked) return false
      const { snapshot, updates } = await readDoc(client, name)
      if (updates.length === 0) return true
      const doc = new Y.Doc()
      try {
        if (snapshot) Y.applyUpdate(doc, snapshot)
        for (const update of updates) Y.applyUpdate(doc, update.data)
        await client.query(`INSERT INTO docs (name, snapshot) VALUES ($1, $2)
          ON CONFLICT (name) DO UPDATE SET snapshot = excluded.snapshot, updated_at = now()`, [name, Buffer.from(Y.encodeStateAsUpdate(doc))])
      } finally {
        doc.destroy()
      }
      // Exactly the rows folded in: an update committed meanwhile stays for the next round.
      await client.query('DELETE FROM doc_updates WHERE id = ANY($1::bigint[])', [updates.map(u => u.id)])
      this.appended.delete(name)
      return true
    })
  }

  /** Waits for background compactions (tests, shutdown). */
  async idle (): Promise<void> {
    await Promise.allSettled([...this.compacting.values()])
  }

  /** Compacts off the caller's path (after N updates or M bytes, and when a document is unloaded). */
  compactInBackground (name: string): Promise<void> {
    const running = this.compacting.get(name)
    if (running) return running
    const run = this.compact(name).then(
      () => {},
      error => this.options.log?.(`Сжатие документа ${name} не удалось, повторится позже: ${(error as Error).message}`),
    ).finally(() => this.compacting.delete(name))
    this.compacting.set(name, run)
    return run
  }
}

async function readDoc (client: pg.PoolClient, name: string): Promise<{ snapshot: Uint8Array | null; updates: { id: string; data: Uint8Array }[] }> {
  const snap = await client.query<{ snapshot: Buffer }>('SELECT snapshot FROM docs WHERE name = $1', [name])
  const ups = await client.query<{ id: string; data: Buffer }>('SELECT id, data FROM doc_updates WHERE name = $1 ORDER BY id', [name])
  return {
    snapshot: snap.rows.length > 0 ? new Uint8Array(snap.rows[0].snapshot) : null,
    updates: ups.rows.map(r => ({ id: r.id, data: new Uint8Array(r.data) })),
  }
}
