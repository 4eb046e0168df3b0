import { afterEach, describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { boardTitleText } from '../shared/board/boardDocs'
import { ANNOTATIONS_KEY, type AnnotationThread } from '../shared/review/annotationModel'
import { CloseCode } from '../shared/protocol/closeCodes'
import { SyncErrorCode } from '../shared/protocol/syncErrors'
import type { StorageHealthReport } from '../shared/storageHealth'
import { WebsocketProvider } from 'y-websocket'
import { MessageType } from '../shared/protocol/messageType'
import { DocConnection, type SaveState } from '../client/sync/DocConnection'
import { readStoredState } from './helpers/storedState'
import { smallDisk, type SmallDisk } from './helpers/smallDisk'
import { startTestServer, type TestServer } from './helpers/testServer'
import { closeAllDocs, connectDoc, cookieWebSocket, nextEvent, waitFor } from './helpers/yClient'

let t: TestServer | null = null
let disk: SmallDisk | null = null
afterEach(async () => {
  closeAllDocs()
  try {
    await disk?.restore()
    await t?.stop()
  } finally {
    // The mount goes even when stopping failed.
    t = null
    await disk?.dispose()
    disk = null
  }
})

/** The server's log lines that announce a storage failure episode and its end. */
const FAILING = /ВНИМАНИЕ: документы не записываются на диск/
const RECOVERED = /Запись документов на диск восстановлена/

interface Health { status: number; body: { ok: boolean; storage: StorageHealthReport } }

async function health (server: TestServer): Promise<Health> {
  const response = await fetch(`${server.server.url}/api/health`)
  return { status: response.status, body: await response.json() as Health['body'] }
}

/** Re-asks `probe` until it holds (the health endpoint has no push); fails after `ms`. */
async function until<T> (probe: () => Promise<T>, holds: (value: T) => boolean, ms: number, what: string): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await probe()
    if (holds(value)) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`)
    await new Promise(resolve => setTimeout(resolve, 50))
  }
}

/** Resolves when `connection` reaches `state` (at once if it is there). */
function reaches (connection: DocConnection, state: SaveState, ms: number): Promise<void> {
  if (connection.saveState === state) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for «${state}», still «${connection.saveState}»`)), ms)
    const onState = (next: SaveState) => {
      if (next !== state) return
      clearTimeout(timer)
      connection.off('save-state', onState)
      resolve()
    }
    connection.on('save-state', onState)
  })
}

async function stored (dataDir: string, name: string): Promise<Y.Doc> {
  const doc = new Y.Doc()
  const state = await readStoredState(dataDir, name)
  if (state) Y.applyUpdate(doc, state)
  return doc
}

const threads = (doc: Y.Doc) => [...doc.getMap<AnnotationThread>(ANNOTATIONS_KEY).values()]

async function start (options: Parameters<typeof startTestServer>[0] = {}) {
  disk = await smallDisk()
  console.log(`storage failure test on: ${disk.kind === 'tmpfs' ? 'a real 8 MB tmpfs' : 'injected faults (no tmpfs)'}`)
  const logs: string[] = []
  t = await startTestServer({ dataDir: disk.dataDir, wrapDocStore: disk.wrapDocStore, log: message => { logs.push(message) }, ...options })
  return { disk, t, logs }
}

describe('a full disk or a read-only data folder (issue 14, item 3)', () => {
  test('edits made while the disk is full are not acknowledged, reach the others live, and are all saved once space returns', async () => {
    const { disk, t, logs } = await start()
    const board = await t.createBoard()
    const writer = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    const reader = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    const watcher = connectDoc(t.server.url, board.documents.annotations, t.admin.cookie)
    await Promise.all([writer.whenSynced(), reader.whenSynced(), watcher.whenSynced()])
    const title = boardTitleText(writer.doc)
    title.insert(title.length, ' · до')
    await writer.whenSaved()
    expect((await health(t)).body.storage.ok).toBe(true)
    const states: SaveState[] = []
    writer.on('save-state', state => { states.push(state) })

    await disk.fill()
    const failedAt = Date.now()
    // More than the free part of the log's last page holds: this cannot be stored.
    const paste = ' ' + 'вставка '.repeat(1200)
    title.insert(title.length, paste)
    for (let i = 1; i <= 5; i++) title.insert(title.length, ` п${i}`)
    const expected = title.toString()
    await waitFor(reader.doc, () => boardTitleText(reader.doc).toString() === expected, 5000, 'the edits to reach the other client live')
    await reaches(writer, 'unsaved', 5000)
    const toUnsaved = Date.now() - failedAt
    const failing = await until(() => health(t), h => h.status === 503 && h.body.storage.failedWrites >= 3, 15_000, 'the health check to report retries')
    expect(failing.body.ok).toBe(false)
    expect(failing.body.storage.ok).toBe(false)
    expect(failing.body.storage.error).toBe('ENOSPC')
    expect(failing.body.storage.message).toMatch(/места/)
    expect(failing.body.storage.unsavedDocuments).toBeGreaterThanOrEqual(1)
    expect(logs.filter(line => FAILING.test(line))).toHaveLength(1)
    expect(logs.find(line => FAILING.test(line))).toContain('ENOSPC')
    // What the server answers for its own writes: «not saved», and nothing of it kept.
    const annotation = await t.admin.request<{ error: { code: string } }>('POST', `/api/boards/${board.id}/annotations`,
      { anchor: { kind: 'plan', nodeId: 'n1' }, quote: '', text: 'Не сохранится' })
    expect(annotation.status).toBe(503)
    expect(annotation.body.error.code).toBe('not_saved')
    const created = await t.admin.request<{ error: { code: string; message: string } }>('POST', '/api/boards', { district: 'Несохранённый район', year: '2023-2024' })
    expect(created.status).toBe(503)
    expect(created.body.error.code).toBe('not_saved')
    expect(created.body.error.message).toContain('не сохранено')
    expect(states).not.toContain('saved')
    expect(writer.saveState).toBe('unsaved')

    await disk.free()
    const freedAt = Date.now()
    await reaches(writer, 'saved', 15_000)
    const toSaved = Date.now() - freedAt
    const healthy = await until(() => health(t), h => h.status === 200, 5000, 'the health check to recover')
    expect(healthy.body.storage.ok).toBe(true)
    expect(logs.filter(line => RECOVERED.test(line))).toHaveLength(1)
    // «Сохранено» means on disk: the files hold every edit while the server still runs.
    expect(boardTitleText(await stored(disk.dataDir, board.documents.plan)).toString()).toBe(expected)
    expect(threads(watcher.doc)).toHaveLength(0)
    console.log(`full disk (${disk.kind}): «Не сохранено» ${toUnsaved} ms after the disk filled, «Сохранено» ${toSaved} ms after space returned`)

    closeAllDocs()
    await t.restart()
    const again = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    const notes = connectDoc(t.server.url, board.documents.annotations, t.admin.cookie)
    await Promise.all([again.whenSynced(), notes.whenSynced()])
    expect(boardTitleText(again.doc).toString()).toBe(expected)
    expect(threads(notes.doc)).toHaveLength(0)
    const boards = await t.admin.request<{ boards: Array<{ district: string }> }>('GET', '/api/boards')
    expect(boards.body.boards.map(b => b.district)).not.toContain('Несохранённый район')
  })

  test('a data folder that turns read-only while the server runs: the same, a document left alone is kept and written, and failed compaction breaks nothing', async () => {
    const { disk, t, logs } = await start()
    const board = await t.createBoard()
    const other = await t.createBoard('Другой район')
    const writer = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    const reader = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    const leaver = connectDoc(t.server.url, board.documents.report, t.admin.cookie)
    const idle = connectDoc(t.server.url, other.documents.plan, t.admin.cookie)
    await Promise.all([writer.whenSynced(), reader.whenSynced(), leaver.whenSynced(), idle.whenSynced()])
    const title = boardTitleText(writer.doc)
    title.insert(title.length, ' · до')
    boardTitleText(idle.doc).insert(0, 'Сохранено заранее: ')
    await Promise.all([writer.whenSaved(), idle.whenSaved()])
    const otherTitle = boardTitleText(idle.doc).toString()
    const states: SaveState[] = []
    writer.on('save-state', state => { states.push(state) })

    await disk.readOnly()
    for (let i = 1; i <= 20; i++) title.insert(title.length, ` р${i}`)
    const expected = title.toString()
    await waitFor(reader.doc, () => boardTitleText(reader.doc).toString() === expected, 5000, 'the edits to reach the other client live')
    await reaches(writer, 'unsaved', 5000)
    const failing = await until(() => health(t), h => h.status === 503 && h.body.storage.failedWrites >= 2, 15_000, 'the health check to report it')
    expect(failing.body.storage.error).toBe('EROFS')
    expect(failing.body.storage.message).toMatch(/только для чтения/)
    // Someone types into another document and leaves: nobody holds it but the server's memory.
    leaver.doc.getText('probe').insert(0, 'написано, пока папка только для чтения')
    await reaches(leaver, 'unsaved', 5000)
    leaver.destroy()
    // A document with nothing unsaved unloads, and folding its log into a snapshot fails (the folder is read-only).
    idle.destroy()
    if (disk.kind === 'tmpfs') await until(async () => logs.filter(line => /Не удалось свернуть журнал/.test(line)).length, n => n > 0, 5000, 'the compaction failure to be logged')
    const reopened = connectDoc(t.server.url, other.documents.plan, t.admin.cookie)
    await reopened.whenSynced()
    expect(boardTitleText(reopened.doc).toString()).toBe(otherTitle)
    expect(logs.filter(line => FAILING.test(line))).toHaveLength(1)
    expect(logs.filter(line => /Не удалось свернуть журнал/.test(line)).length).toBeLessThanOrEqual(1)
    expect(states).not.toContain('saved')

    await disk.writable()
    await reaches(writer, 'saved', 15_000)
    expect(boardTitleText(await stored(disk.dataDir, board.documents.plan)).toString()).toBe(expected)
    // The document nobody holds open is written by the server's own retries.
    await until(async () => (await stored(disk.dataDir, board.documents.report)).getText('probe').toString(), text => text !== '', 10_000, 'the left document to be written')
    expect(logs.filter(line => RECOVERED.test(line))).toHaveLength(1)
    closeAllDocs()
    await t.restart()
    const again = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    const report = connectDoc(t.server.url, board.documents.report, t.admin.cookie)
    const otherAgain = connectDoc(t.server.url, other.documents.plan, t.admin.cookie)
    await Promise.all([again.whenSynced(), report.whenSynced(), otherAgain.whenSynced()])
    expect(boardTitleText(again.doc).toString()).toBe(expected)
    expect(report.doc.getText('probe').toString()).toBe('написано, пока папка только для чтения')
    expect(boardTitleText(otherAgain.doc).toString()).toBe(otherTitle)
  })

  test('past the bound of unsaved bytes an edit is refused whole with a Russian message, and is sent again once space returns', async () => {
    const { disk, t } = await start({ syncLimits: { maxUnsavedBytes: 32 * 1024 } })
    const board = await t.createBoard()
    const writer = new DocConnection({
      serverUrl: t.server.url.replace(/^http/, 'ws') + '/api/sync',
      name: board.documents.plan,
      WebSocketImpl: cookieWebSocket(t.admin.cookie),
      reconnectLaterMs: 200,
    })
    const reader = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    try {
      await Promise.all([writer.whenSynced(), reader.whenSynced()])
      await disk.fill()
      const title = boardTitleText(writer.doc)
      // 20 KB held unwritten: under the bound, taken and passed on.
      title.insert(title.length, ' ' + 'первая вставка '.repeat(700))
      await reaches(writer, 'unsaved', 5000)
      await waitFor(reader.doc, () => boardTitleText(reader.doc).toString().endsWith('первая вставка '), 5000, 'the first edit')
      const refused = nextEvent<{ code: string; message: string }>(writer, 'server-error')
      const closed = nextEvent<{ code: number }>(writer, 'closed')
      // 20 KB more would pass it.
      title.insert(title.length, ' ' + 'вторая вставка '.repeat(700))
      expect((await refused).code).toBe(SyncErrorCode.storageFull)
      expect((await refused).message).toMatch(/не может записать/)
      expect((await closed).code).toBe(CloseCode.storageFull)
      // Nothing of the refused update was applied: the other client never sees it.
      expect(boardTitleText(reader.doc).toString()).not.toContain('вторая вставка')
      expect((await health(t)).body.storage.unsavedBytes).toBeGreaterThan(16 * 1024)

      await disk.free()
      const expected = title.toString()
      await reaches(writer, 'saved', 20_000)
      await waitFor(reader.doc, () => boardTitleText(reader.doc).toString() === expected, 5000, 'the large edit after space returned')
      expect(boardTitleText(await stored(disk.dataDir, board.documents.plan)).toString()).toBe(expected)
    } finally {
      writer.destroy()
    }
  })

  test('a stock y-websocket client gets the «not saved» message, ignores it and keeps syncing', async () => {
    const { disk, t } = await start()
    const board = await t.createBoard()
    const writer = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    const stock = new WebsocketProvider(t.server.url.replace(/^http/, 'ws') + '/api/sync', board.documents.plan, new Y.Doc(),
      { WebSocketPolyfill: cookieWebSocket(t.admin.cookie), disableBc: true })
    try {
      await writer.whenSynced()
      await new Promise<void>(resolve => stock.synced ? resolve() : stock.once('sync', () => resolve()))
      const kinds: number[] = []
      stock.ws!.addEventListener('message', (event: MessageEvent) => { kinds.push(new Uint8Array(event.data as ArrayBuffer)[0]) })
      await disk.fill()
      const title = boardTitleText(writer.doc)
      title.insert(title.length, ' ' + 'вставка '.repeat(1200))
      await reaches(writer, 'unsaved', 5000)
      await until(async () => kinds, list => list.includes(MessageType.notSaved), 5000, 'the stock client to be told')
      // Still connected and in sync both ways.
      await waitFor(stock.doc, () => boardTitleText(stock.doc).toString() === title.toString(), 5000, 'the writer\'s edit at the stock client')
      boardTitleText(stock.doc).insert(0, 'Стандартный клиент: ')
      await waitFor(writer.doc, () => title.toString().startsWith('Стандартный клиент: '), 5000, 'the stock client\'s edit at the writer')
      expect(stock.wsconnected).toBe(true)
      await disk.free()
      await reaches(writer, 'saved', 15_000)
    } finally {
      stock.destroy()
    }
  })
})
