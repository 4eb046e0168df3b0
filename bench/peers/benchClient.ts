/**
 * One bench client of any of the three servers, behind one small interface so
 * the load generator is the same for all: a stock y-websocket
 * `WebsocketProvider` for the reference server and Planerka (which speaks the
 * standard protocol, with the session cookie a browser would send), a
 * `HocuspocusProvider` on its own socket for Hocuspocus.
 */
import WS from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'

export const ServerKind = {
  ywebsocket: 'ywebsocket',
  hocuspocus: 'hocuspocus',
  planerka: 'planerka',
} as const
export type ServerKind = (typeof ServerKind)[keyof typeof ServerKind]

/** Where one client connects: `url` is the provider's server URL, `room` the document name. */
export interface ClientTarget {
  kind: ServerKind
  url: string
  room: string
  /** Planerka's session cookie (sign-in as a board member). */
  cookie?: string
}

export interface BenchClient {
  doc: Y.Doc
  /** Resolves once the first sync with the server is complete. */
  whenSynced: () => Promise<void>
  connected: () => boolean
  destroy: () => void
}

function cookieSocket (cookie: string | undefined): typeof WebSocket {
  return class extends WS {
    constructor (url: string | URL, protocols?: string | string[]) {
      super(url, protocols, cookie ? { headers: { cookie } } : {})
    }
  } as unknown as typeof WebSocket
}

export function openClient (target: ClientTarget, doc = new Y.Doc()): BenchClient {
  if (target.kind === ServerKind.hocuspocus) return openHocuspocus(target, doc)
  const provider = new WebsocketProvider(target.url, target.room, doc, { WebSocketPolyfill: cookieSocket(target.cookie), disableBc: true })
  // Planerka's own «saved» (100) and «error» (101) messages: stock clients ignore them, quietly here.
  for (const type of [100, 101]) provider.messageHandlers[type] = () => {}
  return {
    doc,
    whenSynced: () => new Promise(resolve => {
      if (provider.synced) return resolve()
      const onSync = (synced: boolean) => { if (synced) { provider.off('sync', onSync); resolve() } }
      provider.on('sync', onSync)
    }),
    connected: () => provider.wsconnected,
    destroy: () => provider.destroy(),
  }
}

function openHocuspocus (target: ClientTarget, doc: Y.Doc): BenchClient {
  // One socket per document, as y-websocket has: the same number of connections for every server.
  const socket = new HocuspocusProviderWebsocket({ url: target.url, WebSocketPolyfill: WS })
  const provider = new HocuspocusProvider({ name: target.room, document: doc, websocketProvider: socket })
  provider.attach()
  return {
    doc,
    whenSynced: () => new Promise(resolve => {
      if (provider.isSynced) return resolve()
      provider.on('synced', () => resolve())
    }),
    connected: () => socket.status === 'connected',
    destroy: () => { provider.destroy(); socket.destroy() },
  }
}
