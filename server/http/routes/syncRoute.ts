import type { IncomingMessage } from 'node:http'
import { Hono } from 'hono'
import { getCookie } from 'hono/cookie'
import { parse } from 'hono/utils/cookie'
import type { WebSocket } from 'ws'
import { CloseCode } from '../../../shared/protocol/closeCodes'
import { SYNC_PATH } from '../../../shared/protocol/syncPath'
import { SESSION_COOKIE } from '../../auth/sessionToken'
import { guardFor, type ConnectionHandle } from '../../sync/SyncHub'
import { accessWrites, type SyncSocket } from '../../sync/SyncSocket'
import type { Services } from '../appEnv'
import { safeHost } from '../sameOrigin'
import type { SocketHandlers, UpgradeBindings, WebSocketUpgrades } from '../webSocketUpgrades'

/** A connection that misses two pings in a row (60 s) is gone: free its presence and memory. */
const PING_INTERVAL_MS = 30_000

/**
 * A refused socket is closed at once; if the other end does not complete the
 * close handshake within this time it is cut, so a prober cannot hold
 * sockets open for the library's default 30 s.
 */
const REFUSED_CLOSE_GRACE_MS = 1000

/** The close reason for an oversized message (`ws` itself sends 1009 without one). */
const MESSAGE_TOO_BIG_REASON = 'message_too_big'

/**
 * The document named by an upgrade request for `${SYNC_PATH}/<document>` (a GET,
 * one path segment, any query after it), decoded as the app's router decodes
 * a path parameter; null for any other request.
 */
export function documentOf (request: IncomingMessage): string | null {
  const url = request.url
  if (request.method !== 'GET' || !url?.startsWith(`${SYNC_PATH}/`)) return null
  const query = url.indexOf('?')
  const segment = url.slice(SYNC_PATH.length + 1, query === -1 ? undefined : query)
  if (segment === '' || segment.includes('/')) return null
  if (!segment.includes('%')) return segment
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * `/api/sync/<document>`: the y-websocket protocol. The only route that knows
 * about WebSockets (webSocketUpgrades.ts hands it the sockets); the sync core
 * sees a SyncSocket.
 *
 * Refusals happen after the upgrade with a close code from shared/, because a
 * browser cannot read the HTTP status of a failed handshake and would just
 * retry forever; with a close code the client knows to stop and say why.
 * Refused sockets are paused (nothing they send is read or buffered) and
 * counted per address; an address holding too many of them gets a plain 429.
 */
export function syncRoute (services: Services, upgrades: WebSocketUpgrades) {
  const { accounts, boards, hub } = services
  const app = new Hono<{ Bindings: UpgradeBindings }>()
  const refusedOpen = new Map<string, number>()
  const addressOf = (env: UpgradeBindings | undefined) => env?.incoming?.socket.remoteAddress ?? 'unknown'

  /** The answer to a request for the socket of document `name`: its handlers, or the HTTP status refusing it. */
  function open (env: UpgradeBindings | undefined, name: string, upgrade: string | undefined, origin: string | undefined, host: string | undefined, cookie: string | undefined): Promise<SocketHandlers | number> | number {
    if ((refusedOpen.get(addressOf(env)) ?? 0) >= hub.limits.unauthenticatedPerAddress) return 429
    if (upgrade?.toLowerCase() !== 'websocket') return 426
    return handlersFor(env, name, origin, host, cookie)
  }

  // Upgrades of `${SYNC_PATH}/<document>` come here straight from the server, not through the app (see takeDirectly).
  upgrades.takeDirectly(incoming => {
    const name = documentOf(incoming)
    if (name === null) return null
    const { headers } = incoming
    return Promise.resolve(open({ incoming }, name, headers.upgrade, headers.origin, headers.host, headers.cookie && parse(headers.cookie, SESSION_COOKIE)[SESSION_COOKIE]))
  })

  // Whatever else reaches the path: a plain GET (426), or an upgrade request the server passed to the app.
  app.get('/:name', async c => {
    const answer = await open(c.env, c.req.param('name'), c.req.header('upgrade'), c.req.header('origin'), c.req.header('host'), getCookie(c, SESSION_COOKIE))
    if (answer === 429) return c.text('Слишком много неподтверждённых соединений с этого адреса. Повторите позже.', 429)
    if (typeof answer === 'number') return c.text('Этот адрес принимает только соединения WebSocket.', 426)
    return upgrades.accept(c.env?.incoming, answer)
  })

  async function handlersFor (env: UpgradeBindings | undefined, name: string, origin: string | undefined, host: string | undefined, cookie: string | undefined): Promise<SocketHandlers> {
    const address = addressOf(env)
    const refuse = (code: number, reason: string): SocketHandlers => {
      refusedOpen.set(address, (refusedOpen.get(address) ?? 0) + 1)
      let counted = true
      const uncount = () => {
        if (!counted) return
        counted = false
        const left = (refusedOpen.get(address) ?? 1) - 1
        if (left > 0) refusedOpen.set(address, left)
        else refusedOpen.delete(address)
      }
      return {
        onOpen: (raw: WebSocket) => {
          raw.pause()
          raw.once('close', uncount)
          raw.close(code, reason)
          setTimeout(() => raw.terminate(), REFUSED_CLOSE_GRACE_MS).unref()
        },
        onMessage: () => {},
        onClose: uncount,
      }
    }
    // Cross-site WebSocket hijacking: a page on another site could open this
    // socket with the user's cookie. Browsers always send Origin; it must be ours.
    // `Origin: null` (a sandboxed frame, a file: page) or garbage is no origin of ours: refused, not a 500.
    if (origin !== undefined && safeHost(origin) !== host) return refuse(CloseCode.forbidden, 'bad_origin')
    const signedIn = await accounts.resolveSessionFresh(cookie)
    if (!signedIn) return refuse(CloseCode.unauthorized, 'unauthorized')
    const board = boards.boardOfDocument(name)
    const role = board ? boards.roleOf(signedIn.user, board.id) : null
    if (!board) return refuse(CloseCode.notFound, 'not_found')
    if (!role) return refuse(CloseCode.forbidden, 'forbidden')

    let handle: ConnectionHandle | null = null
    let ping: NodeJS.Timeout | null = null
    return {
      onOpen (raw) {
        // `ws` closes an oversized message with 1009 and no reason; give the reason.
        const close = raw.close.bind(raw)
        raw.close = (code?: number, reason?: string | Buffer) => close(code, reason ?? (code === CloseCode.messageTooBig ? MESSAGE_TOO_BIG_REASON : undefined))
        const socket: SyncSocket = {
          send: data => raw.send(data, { binary: true }),
          close: (code, reason) => raw.close(code, reason),
          get bufferedAmount () { return raw.bufferedAmount },
        }
        // Annotations are written by the server alone (REST), so every role syncs them read-only.
        const docWritable = name !== board.documents.annotations
        const concern = name === board.documents.plan ? 'plan' as const : name === board.documents.report ? 'report' as const : 'annotations' as const
        const principal = { login: signedIn.user.login, name: signedIn.user.name, sessionHash: signedIn.sessionHash, boardId: board.id, docWritable, concern, address }
        const access = boards.accessOf(principal)
        handle = hub.connect(socket, name, principal, docWritable && accessWrites(access), guardFor(access))
        let alive = true
        raw.on('pong', () => { alive = true })
        ping = setInterval(() => {
          if (!alive) {
            raw.terminate()
            return
          }
          alive = false
          raw.ping()
        }, PING_INTERVAL_MS)
      },
      onMessage (data) {
        handle?.message(data)
      },
      onClose () {
        if (ping) clearInterval(ping)
        handle?.closed()
        handle = null
      },
    }
  }

  return app
}
