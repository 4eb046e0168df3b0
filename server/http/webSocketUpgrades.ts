import { STATUS_CODES, type IncomingMessage, type Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'

/** What a route that accepts a WebSocket does with it, from open to close. */
export interface SocketHandlers {
  onOpen (ws: WebSocket): void
  /** A binary message, the bytes `ws` received (not copied). Text messages are not part of the protocol and are dropped. */
  onMessage (data: Uint8Array): void
  onClose (): void
}

/** The bindings a route sees for an upgrade request, as @hono/node-server gives them for any request. */
export interface UpgradeBindings {
  incoming?: IncomingMessage
}

type Fetch = (request: Request, env: UpgradeBindings) => Response | Promise<Response>

/**
 * A route that answers its own upgrade requests before the app sees them:
 * null for a request it does not take (it goes to the app), else its
 * handlers or the HTTP status that refuses it.
 */
export type DirectUpgradeRoute = (request: IncomingMessage) => Promise<SocketHandlers | number> | null

/** WebSocket close code 1011: the server met an unexpected condition. */
const INTERNAL_ERROR = 1011

/**
 * WebSocket upgrades for the Hono app: an upgrade request goes through the app
 * like any request (its middleware, its routes: sign-in, roles and origin are
 * checked there), and a route that wants the socket calls `accept` with its
 * handlers. Anything else the app answers goes back as a plain HTTP response.
 * A route may instead take its upgrades directly (`takeDirectly`, the sync
 * route: thousands of them at once after a restart), doing the same checks.
 *
 * Our own rather than @hono/node-ws, which the 2,000-connection bench showed
 * costly (bench/README.md): it wraps every message in a DOM MessageEvent and
 * copies its bytes into a new ArrayBuffer, and each connection keeps the whole
 * Hono context of its upgrade request (the Request, its headers, the response
 * headers) alive for as long as it is open. Here a message reaches the route
 * as the bytes `ws` read, and a connection holds only its handlers.
 */
export class WebSocketUpgrades {
  private readonly wss: WebSocketServer
  private readonly accepted = new WeakMap<IncomingMessage, SocketHandlers>()
  private readonly directRoutes: DirectUpgradeRoute[] = []
  /** Sockets whose writes are held until the end of this event-loop turn (holdUntilTurnEnds). */
  private readonly held = new Set<Duplex>()

  constructor (
    maxPayload: number,
    /** Where a handler's unexpected error is told (the server's log). */
    private readonly log: (message: string) => void = message => console.error(message),
  ) {
    // `ws`'s default is 100 MiB for everyone, viewers included; larger messages are closed 1009.
    this.wss = new WebSocketServer({ noServer: true, maxPayload })
  }

  /**
   * Upgrade requests `route` takes skip the app: no Request built from the
   * headers, no middleware, no router. Only for a route that checks for
   * itself everything that matters to a socket (sign-in, origin, role); none
   * of the app's middleware acts on an upgrade (a GET without a body, whose
   * answer is written by `ws`). At 2,000 clients connecting (bench row e,
   * `--connect-prof e`) the app's part was 165 ms of the server's 1.6 s.
   */
  takeDirectly (route: DirectUpgradeRoute): void {
    this.directRoutes.push(route)
  }

  /** Called by a route: this upgrade request becomes a WebSocket with these handlers. */
  accept (incoming: IncomingMessage | undefined, handlers: SocketHandlers): Response {
    if (!incoming) return new Response('Этот адрес принимает только соединения WebSocket.', { status: 426 })
    this.accepted.set(incoming, handlers)
    return new Response(null, { status: 200 })
  }

  /**
   * A handler that throws is a bug: said in the log, and that one connection is closed (1011: the client
   * reconnects and syncs again), never an uncaught exception that would stop the server for everyone.
   */
  private failed (what: string, ws: WebSocket | null, error: unknown): void {
    this.log(`Ошибка соединения синхронизации (${what}): ${error instanceof Error ? error.stack ?? error.message : String(error)}`)
    ws?.close(INTERNAL_ERROR, 'internal_error')
  }

  private directAnswer (request: IncomingMessage): Promise<SocketHandlers | number> | null {
    for (const route of this.directRoutes) {
      const answer = route(request)
      if (answer) return answer
    }
    return null
  }

  /**
   * The handshake's answer and what the route sends on open (the sync core's
   * step 1, who else is present; sent once the document is ready, a few
   * microtasks later) leave in one write instead of two or three. While 2,000
   * clients connected (bench row e, `--connect-prof e`), the 101's writes
   * alone took 126 ms of the server's 1.8 s, the sends after them 80 ms.
   * Released at the check phase of this turn, by one immediate for all sockets.
   */
  private holdUntilTurnEnds (socket: Duplex): void {
    socket.cork()
    this.held.add(socket)
    if (this.held.size === 1) setImmediate(this.releaseHeld)
  }

  private readonly releaseHeld = (): void => {
    for (const socket of this.held) socket.uncork()
    this.held.clear()
  }

  /** Takes the server's upgrade requests to `fetch` (the app). */
  attach (server: Server, fetch: Fetch): void {
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      void this.upgrade(fetch, request, socket, head)
    })
  }

  private async upgrade (fetch: Fetch, request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    // A client that goes away while the app decides must not be an unhandled 'error'.
    socket.on('error', () => socket.destroy())
    let status = 200
    let handlers: SocketHandlers | undefined
    try {
      const direct = this.directAnswer(request)
      if (direct) {
        const answer = await direct
        if (typeof answer === 'number') status = answer
        else handlers = answer
      } else {
        const headers = new Headers()
        for (const [key, value] of Object.entries(request.headers)) {
          if (value === undefined) continue
          for (const one of Array.isArray(value) ? value : [value]) headers.append(key, one)
        }
        const response = await fetch(new Request(new URL(request.url ?? '/', 'http://localhost'), { headers }), { incoming: request })
        status = response.status
      }
    } catch {
      status = 500
    }
    // What a route of the app accepted (nothing is kept for the direct routes).
    handlers ??= this.accepted.get(request)
    this.accepted.delete(request)
    if (!handlers) {
      if (!socket.destroyed) socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
      return
    }
    // Accepted, but the handshake can still fail (the client went away meanwhile, a bad key or version that `ws`
    // answers 400): the route hears onClose all the same, so whatever it counted for the socket (refused sockets
    // per address) is counted down again.
    const closed = () => {
      try {
        handlers.onClose()
      } catch (error) {
        this.failed('close', null, error)
      }
    }
    if (socket.destroyed) {
      closed()
      return
    }
    // Until the handshake completes; from then on the WebSocket's own 'close' says it.
    socket.once('close', closed)
    this.holdUntilTurnEnds(socket)
    this.wss.handleUpgrade(request, socket, head, ws => {
      socket.off('close', closed)
      // try/catch written out rather than through a helper: no closure made per message.
      ws.on('message', (data: Buffer, isBinary: boolean) => {
        if (!isBinary) return
        try {
          handlers.onMessage(data)
        } catch (error) {
          this.failed('message', ws, error)
        }
      })
      ws.on('close', closed)
      // `ws` closes the socket after an error and reports it with 'close'; nothing more to do here.
      ws.on('error', () => {})
      try {
        handlers.onOpen(ws)
      } catch (error) {
        this.failed('open', ws, error)
      }
    })
  }
}
