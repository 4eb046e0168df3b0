import type pg from 'pg'
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openDatabase } from '../../server/cluster/pgDatabase'
import { PgDocStore } from '../../server/cluster/PgDocStore'
import { PgMetaStore } from '../../server/cluster/PgMetaStore'
import { PgVersionStore } from '../../server/cluster/PgVersionStore'
import { migrate } from '../../server/cluster/migrations'
import { runDocStoreContract } from '../../server/storage/docStore.contract'
import { runMetaStoreContract } from '../../server/storage/metaStore.contract'
import { runVersionContentContract, runVersionStoreContract } from '../../server/storage/versionStore.contract'
import { startPostgres, type TestPostgres } from './services'

// The same contract suites as the embedded stores (server/storage/*.test.ts), against a real PostgreSQL.
let postgres: TestPostgres
const pools: pg.Pool[] = []
const metas: PgMetaStore[] = []
beforeAll(async () => { postgres = await startPostgres() })
afterAll(async () => {
  await Promise.allSettled(metas.map(m => m.close()))
  await Promise.allSettled(pools.map(p => p.end()))
  await postgres?.destroy()
})

async function freshPool (): Promise<{ pool: pg.Pool; url: string }> {
  const url = await postgres.newDatabase()
  const pool = await openDatabase(url, () => {})
  pools.push(pool)
  return { pool, url }
}

runDocStoreContract('postgresql', async () => new PgDocStore((await freshPool()).pool))
runMetaStoreContract('postgresql', async () => {
  const { pool, url } = await freshPool()
  const open = async () => {
    const store = await PgMetaStore.open(pool, url)
    metas.push(store)
    return store
  }
  return { store: await open(), reopen: open }
})
runVersionStoreContract('postgresql', async () => new PgVersionStore((await freshPool()).pool))
runVersionContentContract('postgresql', async () => new PgVersionStore((await freshPool()).pool))

describe('PostgreSQL specifics', () => {
  test('migrations are versioned and idempotent, also when instances start together', async () => {
    const { pool } = await freshPool()
    const again = await Promise.all([migrate(pool), migrate(pool), migrate(pool)])
    expect(again.flat()).toEqual([])
    const { rows } = await pool.query('SELECT version FROM schema_migrations ORDER BY version')
    expect(rows.map(r => r.version)).toEqual([1, 2, 3])
  })

  test('appended updates load merged; compaction folds them into the snapshot without losing any', async () => {
    const { pool } = await freshPool()
    const store = new PgDocStore(pool, { compactAfterUpdates: 1_000_000 })
    const doc = new Y.Doc()
    await store.save('d', Y.encodeStateAsUpdate(doc))
    doc.on('update', (update: Uint8Array) => { void pending.push(store.append('d', update)) })
    const pending: Promise<void>[] = []
    for (let i = 0; i < 30; i++) doc.getText('t').insert(doc.getText('t').length, `слово${i} `)
    await Promise.all(pending)
    const expected = doc.getText('t').toString()
    const read = async () => {
      const loaded = await store.load('d')
      if (!loaded.ok || !loaded.state) throw new Error('not loaded')
      const copy = new Y.Doc()
      Y.applyUpdate(copy, loaded.state)
      return copy.getText('t').toString()
    }
    expect(await read()).toBe(expected)
    // Two compactors at once (two instances): one holds the lock, and the text stays whole.
    const results = await Promise.all([store.compact('d'), new PgDocStore(pool).compact('d')])
    expect(results).toContain(true)
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM doc_updates WHERE name = $1', ['d'])
    expect(rows[0].n).toBe(0)
    expect(await read()).toBe(expected)
  })

  test('a metadata change on one instance reaches another by NOTIFY', async () => {
    const { pool, url } = await freshPool()
    let changed!: () => void
    const seen = new Promise<void>(resolve => { changed = resolve })
    const a = await PgMetaStore.open(pool, url)
    const b = await PgMetaStore.open(pool, url, { onExternalChange: () => changed() })
    metas.push(a, b)
    await a.update(data => { data.users.push({ login: 'петрова', name: 'Петрова Анна', isAdmin: false, active: true, passwordHash: 'h', createdAt: '' }) })
    await seen
    expect(b.data.users.map(u => u.login)).toEqual(['петрова'])
    // And a change on B builds on A's, never over it.
    await b.update(data => { data.users.push({ login: 'иванова', name: 'Иванова', isAdmin: false, active: true, passwordHash: 'h', createdAt: '' }) })
    await a.refresh()
    expect(a.data.users.map(u => u.login)).toEqual(['петрова', 'иванова'])
  })
})
