import { appendFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { runDocStoreContract } from '../docStore.contract'
import { FileDocStore } from '../FileDocStore'
import { LogDocStore, type LogDocStoreOptions } from './LogDocStore'
import { readLogRecords } from './logRecord'

const dirs: string[] = []
const stores: LogDocStore[] = []
async function tempDir (): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'planerka-log-'))
  dirs.push(dir)
  return dir
}
async function openStore (dir: string, options: LogDocStoreOptions = {}): Promise<LogDocStore> {
  const store = await LogDocStore.open(join(dir, 'docs'), join(dir, 'log'), options)
  stores.push(store)
  return store
}
afterEach(async () => {
  await Promise.all(stores.splice(0).map(store => store.close()))
  await Promise.all(dirs.splice(0).map(dir => rm(dir, { recursive: true, force: true })))
})

runDocStoreContract('log', async () => openStore(await tempDir()))

/** A document typed into, with every update it produced. */
function typing (words: string[]): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  for (const word of words) doc.getText('t').insert(doc.getText('t').length, word)
  return { doc, updates }
}

async function textOf (store: LogDocStore, name: string): Promise<string | null> {
  const loaded = await store.load(name)
  if (!loaded.ok) throw new Error(loaded.error.message)
  if (!loaded.state) return null
  const doc = new Y.Doc()
  Y.applyUpdate(doc, loaded.state)
  return doc.getText('t').toString()
}

describe('LogDocStore', () => {
  test('appends of many documents in one turn go out as one write (group commit)', async () => {
    const dir = await tempDir()
    const store = await openStore(dir)
    const { updates } = typing(['а', 'б', 'в'])
    await Promise.all(Array.from({ length: 50 }, (_, i) => Promise.all(updates.map(update => store.append(`doc-${i}`, update)))))
    expect(store.stats().writes).toBe(1)
    expect(store.stats().records).toBe(150)
    for (let i = 0; i < 50; i++) expect(await textOf(store, `doc-${i}`)).toBe('абв')
  })

  test('appends within the commit interval of the last write wait for it and go out together; close() ends the wait', async () => {
    const dir = await tempDir()
    // An interval no busy test machine can outlast between ten turns.
    const store = await openStore(dir, { commitIntervalMs: 60_000 })
    const { updates } = typing(Array.from({ length: 10 }, (_, i) => `${i} `))
    // The first write does not wait: nothing was written before it.
    await store.append('c', updates[0])
    expect(store.stats().writes).toBe(1)
    const later: Promise<void>[] = []
    for (const update of updates.slice(1)) {
      later.push(store.append('c', update))
      await new Promise(resolve => setImmediate(resolve))
    }
    expect(store.stats().writes).toBe(1)
    await store.close()
    await Promise.all(later)
    expect(store.stats().writes).toBe(2)
    expect(store.stats().records).toBe(10)
    const again = await openStore(dir)
    expect(await textOf(again, 'c')).toBe(updates.map((_, i) => `${i} `).join(''))
  })

  test('what was appended is there after reopening, with no snapshot written', async () => {
    const dir = await tempDir()
    const store = await openStore(dir)
    const { updates } = typing(['Сентябрь', ' — ', 'май'])
    for (const update of updates) await store.append('plan', update)
    await store.close()
    const again = await openStore(dir)
    expect(await textOf(again, 'plan')).toBe('Сентябрь — май')
    expect(await again.list()).toEqual(['plan'])
  })

  test('a torn last record is cut off at start; everything before it is kept', async () => {
    const dir = await tempDir()
    const store = await openStore(dir)
    const { updates } = typing(['один', ' два'])
    for (const update of updates) await store.append('plan', update)
    const [segment] = await store.segments()
    await store.close()
    await appendFile(segment, Buffer.from([0, 0, 0, 200, 1, 2, 3]))
    const logged: string[] = []
    const again = await openStore(dir, { log: message => logged.push(message) })
    expect(await textOf(again, 'plan')).toBe('один два')
    expect(logged.join('\n')).toContain('недописанный хвост')
    // Replayed into the snapshot: the cut record is gone for good, the rest reads back again.
    await again.close()
    expect(await textOf(await openStore(dir), 'plan')).toBe('один два')
  })

  test('a damaged record with records after it refuses to open, naming the file', async () => {
    const dir = await tempDir()
    const store = await openStore(dir)
    const { updates } = typing(['один', ' два', ' три'])
    for (const update of updates) await store.append('plan', update)
    const [segment] = await store.segments()
    await store.close()
    const bytes = await readFile(segment)
    bytes[12] ^= 0xff
    await writeFile(segment, bytes)
    await expect(openStore(dir)).rejects.toThrow(segment)
  })

  test('compaction folds the log into the snapshot and deletes closed segments nobody needs', async () => {
    const dir = await tempDir()
    // 200 appends each awaited in turn: without the commit interval, which would add up to 50 ms to each.
    const store = await openStore(dir, { compactUpdates: 10, segmentBytes: 2_000, commitIntervalMs: 0 })
    const words = Array.from({ length: 200 }, (_, i) => `слово${i} `)
    const { updates } = typing(words)
    for (const update of updates) await store.append('report', update)
    await store.compact('report')
    expect(store.stats().uncompactedRecords).toBe(0)
    expect((await store.segments()).length).toBe(1)
    await store.close()
    const again = await openStore(dir)
    expect(await textOf(again, 'report')).toBe(words.join(''))
  })

  test('a large document is folded on the worker thread: its text whole, deleted content collected', async () => {
    const dir = await tempDir()
    const store = await openStore(dir, { commitIntervalMs: 0 })
    const { doc, updates } = typing(['а'.repeat(40_000), 'б'.repeat(40_000)])
    doc.getText('t').delete(0, 40_000)
    for (const update of updates) await store.append('report', update)
    await store.compact('report')
    expect(store.stats()).toMatchObject({ uncompactedRecords: 0, foldsOnWorker: 1 })
    const snapshot = await new FileDocStore(join(dir, 'docs')).loadSnapshot('report')
    if (!snapshot.ok || !snapshot.snapshot) throw new Error('no snapshot')
    // The 40,000 deleted characters (80,000 bytes) are gone from it, as a fold on the server's own thread leaves it.
    expect(snapshot.snapshot.state.byteLength).toBeLessThan(100_000)
    expect(snapshot.snapshot.state).toEqual(Y.encodeStateAsUpdate(doc))
    await store.close()
    expect(await textOf(await openStore(dir), 'report')).toBe('б'.repeat(40_000))
  })

  test('a compaction finishing while the log rotates never deletes the new segment (what is written after it stays on disk)', async () => {
    // Compactions run beside the appends here (every 10 updates) and the log rotates every 2 KB; the
    // race needs a compaction's look at the folder to fall inside a rotation. The old rule deleted the
    // new file then, and every record appended to it was acknowledged but gone from the disk.
    for (let round = 0; round < 20; round++) {
      const dir = await tempDir()
      const store = await openStore(dir, { compactUpdates: 10, segmentBytes: 2_000, commitIntervalMs: 0 }) // as above
      const words = Array.from({ length: 200 }, (_, i) => `слово${i} `)
      for (const update of typing(words).updates) await store.append('report', update)
      // What a crash would leave: the files as they are, read without the store's memory.
      const onDisk = await openStore(dir, { readOnly: true })
      expect(await textOf(onDisk, 'report'), `round ${round}`).toBe(words.join(''))
    }
  })

  test('a crash after the snapshot but before the segment is deleted replays nothing twice', async () => {
    const dir = await tempDir()
    const store = await openStore(dir)
    const { updates } = typing(['а', 'б'])
    for (const update of updates) await store.append('plan', update)
    const segmentFiles = await readdir(join(dir, 'log'))
    const kept = await Promise.all(segmentFiles.map(async file => [file, await readFile(join(dir, 'log', file))] as const))
    await store.compact('plan')
    await store.close()
    // Put the log back as it was before compaction deleted or emptied it.
    for (const [file, bytes] of kept) await writeFile(join(dir, 'log', file), bytes)
    const again = await openStore(dir)
    expect(await textOf(again, 'plan')).toBe('аб')
    expect(again.stats().uncompactedRecords).toBe(0)
  })

  test('a data folder written by the file store opens as it is, and appends go on top of it', async () => {
    const dir = await tempDir()
    const old = new FileDocStore(join(dir, 'docs'))
    const { doc } = typing(['Старый план'])
    await old.save('plan', Y.encodeStateAsUpdate(doc))
    const store = await openStore(dir)
    expect(await textOf(store, 'plan')).toBe('Старый план')
    const later: Uint8Array[] = []
    doc.on('update', (update: Uint8Array) => later.push(update))
    doc.getText('t').insert(doc.getText('t').length, ', новый год')
    for (const update of later) await store.append('plan', update)
    await store.close()
    expect(await textOf(await openStore(dir), 'plan')).toBe('Старый план, новый год')
  })

  test('a removed document stays removed after reopening, even with its snapshot still on disk', async () => {
    const dir = await tempDir()
    const store = await openStore(dir)
    const { updates } = typing(['x'])
    await store.append('gone', updates[0])
    await store.compact('gone')
    await store.remove('gone')
    await store.close()
    const again = await openStore(dir)
    expect(await again.load('gone')).toEqual({ ok: true, state: null })
    expect(await again.list()).toEqual([])
  })

  test('a failed write is refused, not acknowledged, and cut off the log, so later writes read after it', async () => {
    const dir = await tempDir()
    const store = await openStore(dir)
    const { updates } = typing(['до', ' после'])
    await store.append('plan', updates[0])
    store.failNextWrite(Object.assign(new Error('нет места на диске'), { code: 'ENOSPC' }))
    await expect(store.append('plan', updates[1])).rejects.toThrow('нет места')
    await store.append('plan', updates[1])
    // Read as a crash would leave it: the half-written batch is gone, the record after it whole.
    for (const segment of await store.segments()) {
      const bytes = await readFile(segment)
      const read = readLogRecords(bytes)
      expect(read.ok && read.end).toBe(bytes.length)
    }
    await store.close()
    expect(await textOf(await openStore(dir), 'plan')).toBe('до после')
  })

  test('while writes keep failing nothing is acknowledged; once they work, every append is', async () => {
    const dir = await tempDir()
    const store = await openStore(dir)
    const { updates } = typing(['раз', ' два', ' три'])
    await store.append('plan', updates[0])
    store.failWrites(Object.assign(new Error('только чтение'), { code: 'EROFS' }))
    await expect(store.append('plan', updates[1])).rejects.toMatchObject({ code: 'EROFS' })
    await expect(store.append('plan', updates[1])).rejects.toMatchObject({ code: 'EROFS' })
    store.failWrites(null)
    await store.append('plan', updates[1])
    await store.append('plan', updates[2])
    expect(await textOf(store, 'plan')).toBe('раз два три')
  })
})
