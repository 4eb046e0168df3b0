import { afterEach, describe, expect, test } from 'vitest'
import { connect, type Socket } from 'node:net'
import WS from 'ws'
import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import { boardTitleText } from '../shared/board/boardDocs'
import { CloseCode, closeMessageOf } from '../shared/protocol/closeCodes'
import { SyncErrorCode } from '../shared/protocol/syncErrors'
import { startTestServer, type TestServer } from './helpers/testServer'
import { closeAllDocs, connectDoc, nextEvent, waitFor } from './helpers/yClient'
import { awarenessUpdateMessage, rawSocket, syncUrl, typingUpdates, updateMessage } from './helpers/rawSync'

let t: TestServer
afterEach(async () => {
  closeAllDocs()
  await t?.stop()
})

describe('limits of the sync path: the offender gets a clear answer, everyone else carries on', () => {
  test('a flooding connection is warned, then closed 4429; another board\'s edits keep arriving and health answers', async () => {
    t = await startTestServer()
    const flooded = await t.createBoard('Затопленный район')
    const other = await t.createBoard('Соседний район')
    const a = connectDoc(t.server.url, other.documents.plan, t.admin.cookie)
    const b = connectDoc(t.server.url, other.documents.plan, t.admin.cookie)
    await Promise.all([a.whenSynced(), b.whenSynced()])

    const flooder = rawSocket(syncUrl(t, flooded.documents.plan), t.admin.cookie)
    await flooder.opened
    const updates = typingUpdates(2000)
    for (const update of updates) flooder.ws.send(updateMessage(update))
    boardTitleText(a.doc).insert(0, 'Во время потопа: ')
    const [warning, closed, health] = await Promise.all([
      flooder.errorWith(SyncErrorCode.rateWarning),
      flooder.closed,
      fetch(`${t.server.url}/api/health`).then(response => response.status),
      waitFor(b.doc, () => boardTitleText(b.doc).toString().startsWith('Во время потопа: '), 5000, 'the other board\'s edit'),
    ])
    expect(warning.message).toContain('Слишком много изменений')
    expect(closed.code).toBe(CloseCode.tooManyUpdates)
    expect(closed.reason).toBe(SyncErrorCode.rateLimited)
    expect(health).toBe(200)

    // What was applied before the close is a prefix of what was typed: nothing reordered or half-applied.
    const check = connectDoc(t.server.url, flooded.documents.plan, t.admin.cookie)
    await check.whenSynced()
    const typed = check.doc.getText('flood').toString()
    expect(typed.length).toBeGreaterThan(0)
    expect(typed.length).toBeLessThan(updates.length)
    expect(typed).toBe('ж'.repeat(typed.length))
  })

  test('one person flooding over several connections at once is closed 4429 too', async () => {
    t = await startTestServer({ syncLimits: { userUpdatesPerSecond: 10, userUpdateBurst: 100 } })
    const board = await t.createBoard()
    const sockets = [0, 1, 2].map(() => rawSocket(syncUrl(t, board.documents.plan), t.admin.cookie))
    await Promise.all(sockets.map(s => s.opened))
    // 150 each is within one connection's burst (500); 450 together is past this person's (100 + 200).
    sockets.forEach((socket, i) => {
      for (const update of typingUpdates(150, `flood${i}`)) socket.ws.send(updateMessage(update))
    })
    const closed = await Promise.race(sockets.map(s => s.closed))
    expect(closed.code).toBe(CloseCode.tooManyUpdates)
    for (const socket of sockets) socket.ws.close()
  })

  test('a normal typist on a client is never warned', async () => {
    t = await startTestServer()
    const board = await t.createBoard()
    const raw = rawSocket(syncUrl(t, board.documents.plan), t.admin.cookie)
    await raw.opened
    // 300 updates at once is a large paste replayed after a reconnect: within the burst.
    for (const update of typingUpdates(300)) raw.ws.send(updateMessage(update))
    const check = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    await check.whenSynced()
    await waitFor(check.doc, () => check.doc.getText('flood').length === 300, 5000, 'all 300 updates')
    expect(raw.messages.some(m => m[0] === 101)).toBe(false)
    raw.ws.close()
  })

  test('an update that would make the document too large is refused whole (4413); the document stays usable', async () => {
    t = await startTestServer({ syncLimits: { maxDocumentBytes: 64 * 1024, maxMessageBytes: 1024 * 1024 } })
    const board = await t.createBoard()
    const writer = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    const reader = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    await Promise.all([writer.whenSynced(), reader.whenSynced()])
    const closed = nextEvent<{ code: number; behaviour: string }>(writer, 'closed')
    boardTitleText(writer.doc).insert(0, 'я'.repeat(100_000))
    const event = await closed
    expect(event.code).toBe(CloseCode.documentTooLarge)
    expect(event.behaviour).toBe('resync')
    expect(writer.closedBy?.code).toBe(CloseCode.documentTooLarge)
    expect(closeMessageOf(event.code)).toContain('предельного размера')

    // Nothing of it was applied; a smaller edit is accepted.
    const fresh = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    await fresh.whenSynced()
    expect(boardTitleText(fresh.doc).toString()).toBe('Тестовый район, 2023–2024')
    boardTitleText(fresh.doc).insert(0, 'Итог: ')
    await waitFor(reader.doc, () => boardTitleText(reader.doc).toString() === 'Итог: Тестовый район, 2023–2024', 5000, 'the small edit')
  })

  test('a message above the size limit is closed 1009 with a reason; nothing applied, others unaffected', async () => {
    t = await startTestServer({ syncLimits: { maxMessageBytes: 64 * 1024 } })
    const board = await t.createBoard()
    const other = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    await other.whenSynced()
    const raw = rawSocket(syncUrl(t, board.documents.plan), t.admin.cookie)
    await raw.opened
    const big = new Y.Doc()
    const updates: Uint8Array[] = []
    big.on('update', (u: Uint8Array) => updates.push(u))
    boardTitleText(big).insert(0, 'ы'.repeat(60_000))
    raw.ws.send(updateMessage(updates[0]))
    const closed = await raw.closed
    expect(closed.code).toBe(CloseCode.messageTooBig)
    expect(closed.reason).toBe('message_too_big')

    boardTitleText(other.doc).insert(0, 'Живо: ')
    const check = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    await check.whenSynced()
    await waitFor(check.doc, () => boardTitleText(check.doc).toString() === 'Живо: Тестовый район, 2023–2024', 5000, 'the other client\'s edit')
  })

  test('a viewer cannot replace or remove an editor\'s presence by using the editor\'s client id', async () => {
    t = await startTestServer()
    const board = await t.createBoard()
    const viewer = await t.user('zritel', 'Зритель')
    await t.setRole(board.id, 'zritel', 'viewer')
    const editor = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    const watcher = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    await Promise.all([editor.whenSynced(), watcher.whenSynced()])
    const seen = () => watcher.awareness.getStates().get(editor.doc.clientID) as { user?: { login: string }; cursor?: string } | undefined
    editor.awareness.setLocalStateField('user', { login: 'admin', name: 'Администратор', color: '#123456' })
    await waitFor(watcher.doc, () => true)
    await new Promise<void>(resolve => {
      const check = () => { if (seen()?.user?.login === 'admin') { watcher.awareness.off('change', check); resolve() } }
      watcher.awareness.on('change', check)
      check()
    })

    // The viewer forges states under the editor's id: a new one with a higher clock, then a removal.
    const raw = rawSocket(syncUrl(t, board.documents.plan), viewer.cookie)
    await raw.opened
    const forger = new awarenessProtocol.Awareness(new Y.Doc())
    forger.clientID = editor.doc.clientID
    forger.setLocalState({ user: { login: 'x', name: 'X', color: '#000000' }, cursor: 'подделка' })
    const forgedState = awarenessProtocol.encodeAwarenessUpdate(forger, [forger.clientID], new Map([[forger.clientID, { clock: 1000, lastUpdated: Date.now() }]]))
    raw.ws.send(awarenessUpdateMessage(forgedState))
    const removal = awarenessProtocol.encodeAwarenessUpdate(forger, [forger.clientID], new Map([[forger.clientID, { clock: 1001, lastUpdated: Date.now() }]]))
    forger.setLocalState(null)
    raw.ws.send(awarenessUpdateMessage(awarenessProtocol.encodeAwarenessUpdate(forger, [forger.clientID])))
    // The viewer's own presence still works, and arrives after the forged messages (one socket, in order).
    const own = new awarenessProtocol.Awareness(new Y.Doc())
    own.setLocalState({ user: { login: 'zritel', name: 'Зритель', color: '#654321' } })
    raw.ws.send(awarenessUpdateMessage(awarenessProtocol.encodeAwarenessUpdate(own, [own.clientID])))
    await new Promise<void>(resolve => {
      const check = () => { if (watcher.awareness.getStates().has(own.clientID)) { watcher.awareness.off('change', check); resolve() } }
      watcher.awareness.on('change', check)
      check()
    })
    expect(removal.byteLength).toBeGreaterThan(0)
    expect(seen()?.user?.login).toBe('admin')
    expect(seen()?.cursor).toBeUndefined()
    expect((watcher.awareness.getStates().get(own.clientID) as { user: { login: string } }).user.login).toBe('zritel')
    raw.ws.close()
  })

  test('connections per person and per board are capped (4430 with a message); a freed place can be taken again', async () => {
    t = await startTestServer({ syncLimits: { connectionsPerUser: 2, connectionsPerBoard: 3 } })
    const board = await t.createBoard()
    const first = rawSocket(syncUrl(t, board.documents.plan), t.admin.cookie)
    const second = rawSocket(syncUrl(t, board.documents.report), t.admin.cookie)
    await Promise.all([first.opened, second.opened])
    const third = rawSocket(syncUrl(t, board.documents.plan), t.admin.cookie)
    expect((await third.closed).code).toBe(CloseCode.tooManyConnections)
    expect((await third.errorWith(SyncErrorCode.tooManyConnections)).message).toContain('слишком много соединений')

    const colleague = await t.user('kollega')
    await t.setRole(board.id, 'kollega', 'editor')
    const fourth = rawSocket(syncUrl(t, board.documents.plan), colleague.cookie)
    await fourth.opened
    const fifth = rawSocket(syncUrl(t, board.documents.plan), colleague.cookie)
    expect((await fifth.closed).code).toBe(CloseCode.tooManyConnections)

    first.ws.close()
    await first.closed
    const again = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    await again.whenSynced()
    second.ws.close()
    fourth.ws.close()
  })

  test('connections per address are capped', async () => {
    t = await startTestServer({ syncLimits: { connectionsPerAddress: 2 } })
    const board = await t.createBoard()
    const other = await t.user('drugoy')
    await t.setRole(board.id, 'drugoy', 'editor')
    const a = rawSocket(syncUrl(t, board.documents.plan), t.admin.cookie)
    const b = rawSocket(syncUrl(t, board.documents.plan), other.cookie)
    await Promise.all([a.opened, b.opened])
    const c = rawSocket(syncUrl(t, board.documents.plan), other.cookie)
    expect((await c.closed).code).toBe(CloseCode.tooManyConnections)
    a.ws.close()
    b.ws.close()
  })

  test('unauthenticated sockets: refused ones are cut after a second, and an address holding too many gets 429', async () => {
    t = await startTestServer({ syncLimits: { unauthenticatedPerAddress: 3 } })
    const board = await t.createBoard()
    const { port } = t.server
    // Hostile clients that upgrade without a session and never answer the close handshake.
    const held: Array<{ socket: Socket; upgraded: Promise<string>; gone: Promise<void> }> = []
    for (let i = 0; i < 3; i++) {
      const socket = connect(port, '127.0.0.1')
      const upgraded = new Promise<string>(resolve => socket.once('data', data => resolve(data.toString('latin1').split('\r\n')[0])))
      const gone = new Promise<void>(resolve => socket.once('close', () => resolve()))
      socket.on('error', () => {})
      socket.write(`GET /api/sync/${board.documents.plan} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        `Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`)
      held.push({ socket, upgraded, gone })
    }
    for (const { upgraded } of held) expect(await upgraded).toContain('101')
    const status = await new Promise<number>(resolve => {
      const ws = new WS(syncUrl(t, board.documents.plan))
      ws.on('unexpected-response', (_req, response) => resolve(response.statusCode ?? 0))
      ws.on('open', () => resolve(101))
      ws.on('error', () => {})
    })
    expect(status).toBe(429)
    // The server cuts them itself (they never completed the close), and the address is welcome again.
    await Promise.all(held.map(({ gone }) => gone))
    const again = rawSocket(syncUrl(t, board.documents.plan))
    expect((await again.closed).code).toBe(CloseCode.unauthorized)
  })

  test('bytes before sign-in: a refused socket is not read, so what it sends stays in its own buffers; it is cut and others carry on', async () => {
    t = await startTestServer()
    const board = await t.createBoard()
    const { port } = t.server
    const editor = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    await editor.whenSynced()
    const watcher = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    await watcher.whenSynced()

    // Upgrades without a session, then pushes 64 MB without waiting for the close.
    const socket = connect(port, '127.0.0.1')
    socket.on('error', () => {})
    const closed = new Promise<void>(resolve => socket.once('close', () => resolve()))
    const upgraded = new Promise<string>(resolve => socket.once('data', data => resolve(data.toString('latin1').split('\r\n')[0])))
    socket.write(`GET /api/sync/${board.documents.plan} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      `Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`)
    expect(await upgraded).toContain('101')
    const chunkMb = 1
    const totalMb = 64
    let acceptedMb = 0
    let open = true
    void closed.then(() => { open = false })
    // Each chunk counts as taken once the kernel has taken all of it (drain): with the server not reading,
    // only the two sockets' kernel buffers can take anything, and the server cuts the socket after a second.
    for (let i = 0; i < totalMb && open; i++) {
      const drained = socket.write(Buffer.alloc(chunkMb * 1024 * 1024, 0x82))
        ? Promise.resolve(true)
        : Promise.race([new Promise<boolean>(resolve => socket.once('drain', () => resolve(true))), closed.then(() => false)])
      if (await drained) acceptedMb += chunkMb
    }
    await closed
    console.log(`refused socket: ${acceptedMb} MB of ${totalMb} MB taken before the server cut it`)
    expect(acceptedMb).toBeLessThan(totalMb / 2)

    // Everyone else carried on.
    boardTitleText(editor.doc).insert(0, 'после зонда')
    await waitFor(watcher.doc, () => boardTitleText(watcher.doc).toString().startsWith('после зонда'), 5000, 'the other client\'s edit')
    expect((await fetch(`${t.server.url}/api/health`)).status).toBe(200)
  })
})
