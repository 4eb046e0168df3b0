import { afterEach, describe, expect, test } from 'vitest'
import type { AddressInfo } from 'node:net'
import { WebSocketServer, type WebSocket as ServerSocket } from 'ws'
import * as Y from 'yjs'
import { CloseCode, closeBehaviour, closeMessageOf, type CloseBehaviour } from '../shared/protocol/closeCodes'
import { DocConnection } from '../client/sync/DocConnection'
import { cookieWebSocket, nextEvent } from './helpers/yClient'
import { startTestServer, type TestServer } from './helpers/testServer'

/**
 * A WebSocket server that closes every connection with a given code after
 * the client's first message, and reports each connection: enough to watch
 * the real client (DocConnection over the stock y-websocket provider) decide.
 */
async function closingServer (code: number) {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' })
  await new Promise<void>(resolve => wss.once('listening', () => resolve()))
  const waiters: Array<(n: number) => void> = []
  let connections = 0
  wss.on('connection', (socket: ServerSocket) => {
    connections++
    for (const wake of waiters.splice(0)) wake(connections)
    socket.once('message', () => socket.close(code, 'test'))
  })
  return {
    url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`,
    get connections () { return connections },
    /** Resolves when the server has seen `n` connections. */
    connectionNumber (n: number, ms = 5000): Promise<void> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no connection #${n}`)), ms)
        const check = (count: number) => {
          if (count >= n) {
            clearTimeout(timer)
            resolve()
          } else waiters.push(check)
        }
        check(connections)
      })
    },
    close: () => new Promise<void>(resolve => {
      for (const client of wss.clients) client.terminate()
      wss.close(() => resolve())
    }),
  }
}

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

describe('every close code has a client behaviour, seen in the client\'s state', () => {
  const codes = Object.values(CloseCode)

  test('the table covers every code with a Russian message', () => {
    for (const code of codes) {
      expect(closeBehaviour[code]).toBeDefined()
      expect(closeMessageOf(code)).toMatch(/[а-яё]/i)
    }
    expect(closeMessageOf(4999)).toContain('4999')
  })

  for (const code of codes) {
    const behaviour: CloseBehaviour = closeBehaviour[code]
    test(`${code} → ${behaviour}`, async () => {
      const server = await closingServer(code)
      cleanups.push(server.close)
      const connection = new DocConnection({ serverUrl: server.url, name: 'doc', doc: new Y.Doc(), WebSocketImpl: cookieWebSocket(''), reconnectLaterMs: 100 })
      cleanups.push(() => connection.destroy())
      if (behaviour === 'reconnect') {
        // Transient: the client comes back by itself and reports no final close.
        await server.connectionNumber(2)
        expect(connection.closedBy).toBeNull()
        return
      }
      const closed = await nextEvent<{ code: number; behaviour: CloseBehaviour }>(connection, 'closed')
      expect(closed).toMatchObject({ code, behaviour })
      expect(connection.closedBy?.code).toBe(code)
      expect(connection.saveState).toBe('offline')
      if (behaviour === 'reconnectLater') {
        // It waits, then tries again by itself.
        expect(connection.provider.shouldConnect).toBe(false)
        await server.connectionNumber(2)
      } else {
        // Final for this connection: the provider will not reconnect by itself (the page decides what next).
        expect(connection.provider.shouldConnect).toBe(false)
        expect(connection.provider.ws).toBeNull()
      }
    })
  }
})

describe('close codes from the real server reach the real client', () => {
  let t: TestServer
  afterEach(async () => { await t?.stop() })

  test('a damaged document (4500) stops reconnecting and says so', async () => {
    t = await startTestServer()
    const board = await t.createBoard()
    // The store refuses the document as damaged, as it does for a file that fails its checksum.
    const store = (t.server.hub as unknown as { store: { load: (name: string) => Promise<unknown> } }).store
    const load = store.load.bind(store)
    store.load = async (name: string) => name === board.documents.report
      ? { ok: false, error: { code: 'corrupt', location: name, message: `Документ ${name} повреждён` } }
      : load(name)
    const connection = new DocConnection({
      serverUrl: t.server.url.replace(/^http/, 'ws') + '/api/sync',
      name: board.documents.report,
      WebSocketImpl: cookieWebSocket(t.admin.cookie),
    })
    cleanups.push(() => connection.destroy())
    const closed = await nextEvent<{ code: number; behaviour: CloseBehaviour }>(connection, 'closed')
    expect(closed).toMatchObject({ code: CloseCode.documentUnavailable, behaviour: 'stop' })
    expect(connection.provider.shouldConnect).toBe(false)
    expect(closeMessageOf(closed.code)).toBe('Документ повреждён на сервере. Обратитесь к администратору.')
  })

  test('without a session (4401) the client stops and asks to sign in', async () => {
    t = await startTestServer()
    const board = await t.createBoard()
    const connection = new DocConnection({
      serverUrl: t.server.url.replace(/^http/, 'ws') + '/api/sync',
      name: board.documents.plan,
      WebSocketImpl: cookieWebSocket(''),
    })
    cleanups.push(() => connection.destroy())
    const closed = await nextEvent<{ code: number; behaviour: CloseBehaviour }>(connection, 'closed')
    expect(closed).toMatchObject({ code: CloseCode.unauthorized, behaviour: 'signIn' })
    expect(connection.provider.shouldConnect).toBe(false)
  })
})
