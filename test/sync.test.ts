import { afterEach, describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { boardTitleText } from '../shared/board/boardDocs'
import { LogDocStore } from '../server/storage/log/LogDocStore'
import { MessageType } from '../shared/protocol/messageType'
import { startTestServer, type TestServer } from './helpers/testServer'
import { closeAllDocs, connectDoc, nextEvent, waitFor } from './helpers/yClient'

let t: TestServer
afterEach(async () => {
  closeAllDocs()
  await t?.stop()
})

describe('real-time sync through the real server', () => {
  test('two clients converge on concurrent edits; a late joiner gets the full state', async () => {
    t = await startTestServer()
    const board = await t.createBoard()
    const cookie = t.admin.cookie
    const a = connectDoc(t.server.url, board.documents.plan, cookie)
    const b = connectDoc(t.server.url, board.documents.plan, cookie)
    await Promise.all([a.whenSynced(), b.whenSynced()])
    expect(boardTitleText(a.doc).toString()).toBe('Тестовый район, 2023–2024')

    // Concurrent: both type before seeing each other's edit.
    boardTitleText(a.doc).insert(0, 'А:')
    boardTitleText(b.doc).insert(boardTitleText(b.doc).length, ':Б')
    const expected = 'А:Тестовый район, 2023–2024:Б'
    await Promise.all([
      waitFor(a.doc, () => boardTitleText(a.doc).toString() === expected, 5000, 'a to converge'),
      waitFor(b.doc, () => boardTitleText(b.doc).toString() === expected, 5000, 'b to converge'),
    ])
    expect(boardTitleText(a.doc).toString()).toBe('А:Тестовый район, 2023–2024:Б')

    const c = connectDoc(t.server.url, board.documents.plan, cookie)
    await c.whenSynced()
    expect(boardTitleText(c.doc).toString()).toBe('А:Тестовый район, 2023–2024:Б')

    // Fresh clients share one encoding of the whole document until it changes: a joiner after a change gets the change.
    const d = connectDoc(t.server.url, board.documents.plan, cookie)
    await d.whenSynced()
    expect(boardTitleText(d.doc).toString()).toBe('А:Тестовый район, 2023–2024:Б')
    boardTitleText(a.doc).insert(0, 'В:')
    await a.whenSaved()
    const e = connectDoc(t.server.url, board.documents.plan, cookie)
    await e.whenSynced()
    expect(boardTitleText(e.doc).toString()).toBe('В:А:Тестовый район, 2023–2024:Б')
  })

  test('awareness appears for others and is removed when its connection closes', async () => {
    t = await startTestServer()
    const board = await t.createBoard()
    const a = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    const b = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    await Promise.all([a.whenSynced(), b.whenSynced()])
    const seen = nextEvent(b.awareness, 'change')
    // The client claims another name: the server stamps the signed-in person's own.
    a.awareness.setLocalStateField('user', { login: 'ivanova', name: 'Иванова', color: '#c0392b' })
    await seen
    const stateOfA = () => b.awareness.getStates().get(a.doc.clientID) as { user?: { login: string; name: string; color: string } } | undefined
    expect(stateOfA()?.user).toEqual({ login: 'admin', name: 'Администратор', color: '#c0392b' })

    const gone = new Promise<void>(resolve => {
      b.awareness.on('change', () => { if (!stateOfA()) resolve() })
    })
    a.destroy()
    await gone
    expect(b.awareness.getStates().has(a.doc.clientID)).toBe(false)
  })

  test('«saved» is reported only once the edit is on disk', async () => {
    t = await startTestServer({ saveDebounceMs: 300, saveMaxWaitMs: 1000 })
    const board = await t.createBoard()
    const a = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    await a.whenSynced()
    await a.whenSaved()
    boardTitleText(a.doc).insert(0, 'Сохрани меня ')
    expect(a.saveState).toBe('saving')
    await a.whenSaved()
    const stored = await (await LogDocStore.openFolder(t.dataDir, { readOnly: true })).load(board.documents.plan)
    if (!stored.ok || !stored.state) throw new Error('no stored state')
    const copy = new Y.Doc()
    Y.applyUpdate(copy, stored.state)
    expect(boardTitleText(copy).toString().startsWith('Сохрани меня ')).toBe(true)
  })

  test('a steady stream of keystrokes cannot postpone saving: a write lands while typing goes on', async () => {
    t = await startTestServer({ saveDebounceMs: 200, saveMaxWaitMs: 600 })
    const board = await t.createBoard()
    const a = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    await a.whenSynced()
    await a.whenSaved()
    const title = boardTitleText(a.doc)
    // Keystrokes every 50 ms, faster than the 200 ms debounce: with a debounce
    // alone nothing would be written until typing stops.
    const acked = new Promise<number>(resolve => {
      const original = a.provider.messageHandlers[MessageType.saved]
      a.provider.messageHandlers[MessageType.saved] = (...args: Parameters<typeof original>) => {
        original(...args)
        resolve(typed)
      }
    })
    let typed = 0
    const typing = setInterval(() => {
      if (typed < 200) title.insert(title.length, String(typed++ % 10))
    }, 50)
    const typedWhenSaved = await acked.finally(() => clearInterval(typing))
    expect(typedWhenSaved).toBeGreaterThan(0)
    expect(typedWhenSaved).toBeLessThan(200)
  })
})
