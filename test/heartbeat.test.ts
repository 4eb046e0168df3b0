import { afterEach, describe, expect, test } from 'vitest'
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net'
import * as Y from 'yjs'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import { boardTitleText } from '../shared/board/boardDocs'
import { MessageType } from '../shared/protocol/messageType'
import { startTestServer, type TestServer } from './helpers/testServer'
import { closeAllDocs, connectDoc, nextEvent, waitFor } from './helpers/yClient'
import { rawSocket, syncUrl } from './helpers/rawSync'

let t: TestServer
let proxy: Server | null = null
afterEach(async () => {
  closeAllDocs()
  await new Promise<void>(resolve => proxy ? proxy.close(() => resolve()) : resolve())
  proxy = null
  await t?.stop()
})

/**
 * A TCP relay to the server whose "network" can go dead: while `dead`, bytes
 * are swallowed in both directions and nothing is closed, exactly what a
 * pulled cable or a sleeping Wi-Fi looks like to both ends.
 */
async function deadlyRelay (port: number) {
  const sockets = new Set<Socket>()
  const state = { dead: false }
  proxy = createServer(client => {
    const upstream = connect(port, '127.0.0.1')
    sockets.add(client)
    sockets.add(upstream)
    client.on('data', data => { if (!state.dead) upstream.write(data) })
    upstream.on('data', data => { if (!state.dead) client.write(data) })
    const end = () => { client.destroy(); upstream.destroy() }
    client.on('close', end)
    upstream.on('close', end)
    client.on('error', end)
    upstream.on('error', end)
  })
  await new Promise<void>(resolve => proxy!.listen(0, '127.0.0.1', () => resolve()))
  const relayPort = (proxy.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${relayPort}`,
    state,
    destroyAll: () => { for (const socket of sockets) socket.destroy() },
  }
}

describe('heartbeat: a dead connection is noticed within 5 s', () => {
  test('«Нет связи» within 5 s of the network dying; back → «Сохранено» and the offline edit reaches the other client', async () => {
    t = await startTestServer()
    const board = await t.createBoard()
    const relay = await deadlyRelay(t.server.port)
    const viaRelay = connectDoc(relay.url, board.documents.plan, t.admin.cookie)
    const direct = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    await Promise.all([viaRelay.whenSynced(), direct.whenSynced()])
    await viaRelay.whenSaved()

    relay.state.dead = true
    const died = performance.now()
    await nextEvent(viaRelay, 'save-state', 5000)
    const seconds = (performance.now() - died) / 1000
    expect(viaRelay.saveState).toBe('offline')
    console.log(`heartbeat: «Нет связи» after ${seconds.toFixed(2)} s of a dead network`)

    boardTitleText(viaRelay.doc).insert(0, 'Без связи: ')
    expect(viaRelay.saveState).toBe('offline')
    relay.state.dead = false
    relay.destroyAll()
    await waitFor(direct.doc, () => boardTitleText(direct.doc).toString().startsWith('Без связи: '), 15_000, 'the offline edit on the other client')
    await viaRelay.whenSaved()
    expect(viaRelay.saveState).toBe('saved')
  }, 30_000)

  test('the server answers heartbeats; a stock y-websocket client that sends none never receives one', async () => {
    t = await startTestServer()
    const board = await t.createBoard()
    const stock = rawSocket(syncUrl(t, board.documents.plan), t.admin.cookie)
    await stock.opened
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.sync)
    syncProtocol.writeSyncStep1(encoder, new Y.Doc())
    stock.ws.send(encoding.toUint8Array(encoder))
    const ours = rawSocket(syncUrl(t, board.documents.plan), t.admin.cookie)
    await ours.opened
    ours.ws.send(new Uint8Array([MessageType.heartbeat]))
    await ours.messageWhere(m => m.length === 1 && m[0] === MessageType.heartbeat)
    // The stock client got its sync answer, and nothing of our heartbeat kind.
    await stock.messageWhere(m => m[0] === MessageType.sync && m[1] === syncProtocol.messageYjsSyncStep2)
    expect(stock.messages.some(m => m[0] === MessageType.heartbeat)).toBe(false)
    stock.ws.close()
    ours.ws.close()
  })
})
