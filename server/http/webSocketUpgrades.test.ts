import { createServer, type Server } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'
import { afterEach, describe, expect, test } from 'vitest'
import { WebSocket } from 'ws'
import { WebSocketUpgrades, type SocketHandlers, type UpgradeBindings } from './webSocketUpgrades'

const servers: Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map(server => new Promise(resolve => {
    server.closeAllConnections()
    server.close(resolve)
  })))
})

/**
 * A real HTTP server whose upgrades go to `route`, as startServer wires the Hono app; `prepare` runs before the
 * upgrades are attached (its own 'upgrade' listener then runs first).
 */
async function serverWith (route: (request: Request, env: UpgradeBindings, upgrades: WebSocketUpgrades) => Response, logged: string[], prepare: (server: Server, upgrades: WebSocketUpgrades) => void = () => {}): Promise<string> {
  const upgrades = new WebSocketUpgrades(1024, message => logged.push(message))
  const server = createServer((_, response) => response.end())
  servers.push(server)
  prepare(server, upgrades)
  upgrades.attach(server, (request, env) => route(request, env, upgrades))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return `ws://127.0.0.1:${(server.address() as AddressInfo).port}`
}

function closeOf (socket: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise(resolve => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })))
}

function opened (socket: WebSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', reject)
  })
}

describe('WebSocketUpgrades', () => {
  test('what the app answers without accepting goes back as that HTTP status', async () => {
    const url = await serverWith(() => new Response('нет', { status: 403 }), [])
    const socket = new WebSocket(`${url}/anything`)
    const status = await new Promise<number>(resolve => socket.on('unexpected-response', (_, response) => resolve(response.statusCode ?? 0)))
    expect(status).toBe(403)
  })

  test('an accepted socket gets its binary messages as the bytes sent, text ones dropped, and one close', async () => {
    const received: number[][] = []
    let closes = 0
    let whenClosed = () => {}
    const closed = new Promise<void>(resolve => { whenClosed = resolve })
    const handlers: SocketHandlers = {
      onOpen: ws => ws.send(new Uint8Array([9])),
      onMessage: data => received.push([...data]),
      onClose: () => { closes++; whenClosed() },
    }
    const url = await serverWith((_, env, upgrades) => upgrades.accept(env.incoming, handlers), [])
    const socket = new WebSocket(`${url}/sync/doc`)
    const first = new Promise<Buffer>(resolve => socket.once('message', data => resolve(data as Buffer)))
    await opened(socket)
    expect([...await first]).toEqual([9])
    socket.send('text is not the protocol')
    socket.send(new Uint8Array([1, 2, 3]))
    socket.send(new Uint8Array([4]))
    socket.close()
    await closed
    expect(received).toEqual([[1, 2, 3], [4]])
    expect(closes).toBe(1)
  })

  test('a direct route answers the upgrades it takes without the app (handlers or a refusing status); the rest reach the app', async () => {
    const appSaw: string[] = []
    const base = await serverWith((request, env, upgrades) => {
      appSaw.push(new URL(request.url).pathname)
      return upgrades.accept(env.incoming, { onOpen: ws => ws.send(new Uint8Array([1])), onMessage: () => {}, onClose: () => {} })
    }, [], (_, upgrades) => upgrades.takeDirectly(request => {
      if (request.url === '/direct') return Promise.resolve({ onOpen: ws => ws.send(new Uint8Array([2])), onMessage: () => {}, onClose: () => {} })
      if (request.url === '/refused') return Promise.resolve(429)
      return null
    }))
    const firstMessage = (path: string) => new Promise<number[] | string>(resolve => {
      const socket = new WebSocket(`${base}${path}`)
      socket.once('message', data => { resolve([...data as Buffer]); socket.close() })
      socket.on('unexpected-response', (_, response) => resolve(`status ${response.statusCode}`))
      socket.on('error', () => {})
    })
    expect(await firstMessage('/direct')).toEqual([2])
    expect(await firstMessage('/refused')).toBe('status 429')
    expect(await firstMessage('/app')).toEqual([1])
    expect(appSaw).toEqual(['/app'])
  })

  test('the handshake answer and what the route sends on open, then and a microtask later, leave in one socket write', async () => {
    let writes = 0
    const url = await serverWith((_, env, upgrades) => upgrades.accept(env.incoming, {
      onOpen: ws => {
        ws.send(new Uint8Array([1]))
        // As the sync core does once the document is ready.
        void Promise.resolve().then(() => ws.send(new Uint8Array([2, 2])))
      },
      onMessage: () => {},
      onClose: () => {},
    }), [], server => {
      // Counts the writes that reach the socket's handle.
      server.on('upgrade', (_request, socket: Socket & { _write: Socket['_write']; _writev?: Socket['_writev'] }) => {
        const write = socket._write.bind(socket)
        const writev = socket._writev!.bind(socket)
        socket._write = (...args) => { writes++; write(...args) }
        socket._writev = (...args) => { writes++; writev(...args) }
      })
    })
    const socket = new WebSocket(`${url}/doc`)
    const messages: number[][] = []
    const both = new Promise<void>(resolve => socket.on('message', data => { if (messages.push([...data as Buffer]) === 2) resolve() }))
    await opened(socket)
    await both
    expect(messages).toEqual([[1], [2, 2]])
    expect(writes).toBe(1)
    socket.close()
  })

  test('an accepted upgrade whose handshake fails (a version ws answers 400) is never opened but still closed, once', async () => {
    let opens = 0
    let closes = 0
    let whenClosed = () => {}
    const closed = new Promise<void>(resolve => { whenClosed = resolve })
    const url = await serverWith((_, env, upgrades) => upgrades.accept(env.incoming, {
      onOpen: () => { opens++ },
      onMessage: () => {},
      onClose: () => { closes++; whenClosed() },
    }), [])
    const { port } = new URL(url)
    const raw = connect(Number(port), '127.0.0.1')
    const rawClosed = new Promise(resolve => raw.on('close', resolve))
    let answer = ''
    raw.on('data', chunk => { answer += chunk.toString() })
    raw.write('GET /sync/doc HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 99\r\n\r\n')
    await closed
    expect(opens).toBe(0)
    await rawClosed
    expect(answer).toMatch(/^HTTP\/1\.1 400/)
    expect(closes).toBe(1)
  })

  test('a handler that throws closes that connection with 1011 and says so in the log; the server goes on', async () => {
    const logged: string[] = []
    const url = await serverWith((request, env, upgrades) => upgrades.accept(env.incoming, {
      onOpen: () => { if (new URL(request.url).pathname === '/open-fails') throw new Error('сбой при открытии') },
      onMessage: () => { throw new Error('сбой в сообщении') },
      onClose: () => {},
    }), logged)

    const failingOpen = new WebSocket(`${url}/open-fails`)
    expect(await closeOf(failingOpen)).toEqual({ code: 1011, reason: 'internal_error' })

    const failingMessage = new WebSocket(`${url}/fine`)
    await opened(failingMessage)
    const closing = closeOf(failingMessage)
    failingMessage.send(new Uint8Array([1]))
    expect(await closing).toEqual({ code: 1011, reason: 'internal_error' })

    expect(logged).toHaveLength(2)
    expect(logged[0]).toContain('сбой при открытии')
    expect(logged[1]).toContain('сбой в сообщении')
    // Still serving: a new connection opens.
    const after = new WebSocket(`${url}/fine`)
    await opened(after)
    after.close()
  })
})
