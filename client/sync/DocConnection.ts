import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { ObservableV2 } from 'lib0/observable'
import type * as decoding from 'lib0/decoding'
import type * as encoding from 'lib0/encoding'
import { HEARTBEAT_DEAD_AFTER_MS, HEARTBEAT_INTERVAL_MS, MessageType, heartbeatMessage } from '../../shared/protocol/messageType'
import { isDocumentWrite, readErrorMessage, readNotSaved, readSavedCount } from '../../shared/protocol/savedAck'
import { RECONNECT_LATER_MS, behaviourOf, type CloseBehaviour } from '../../shared/protocol/closeCodes'

/**
 * Silence allowed before the first full sync: the initial state of a large
 * document arrives as one message, and heartbeat answers queue behind it.
 */
const INITIAL_SYNC_SILENCE_MS = 30_000
/** A socket still opening after this long is abandoned and tried again (a dead network leaves it hanging for minutes). */
const CONNECT_TIMEOUT_MS = 5000

/**
 * What the save indicator shows: «Сохранено», «Сохранение…», «Нет связи», and
 * «Не сохранено» while the server says it cannot write to its disk (it keeps
 * the edits in memory and retries; they stay in this browser too).
 */
export type SaveState = 'saved' | 'saving' | 'offline' | 'unsaved'

export interface DocConnectionOptions {
  /** Base of the sync route, e.g. "ws://localhost:8080/api/sync". */
  serverUrl: string
  name: string
  doc?: Y.Doc
  /** The browser's WebSocket, or `ws` with a cookie header in Node tests. */
  WebSocketImpl?: typeof WebSocket
  /** The wait before reconnecting after a limit (RECONNECT_LATER_MS); tests shorten it. */
  reconnectLaterMs?: number
}

type Events = {
  'save-state': (state: SaveState) => void
  /**
   * The server closed with a code whose behaviour is not a plain reconnect
   * (see closeBehaviour in shared/protocol/closeCodes.ts): signed out, no
   * access, refused write, damaged document, a limit.
   */
  closed: (event: { code: number; reason: string; behaviour: CloseBehaviour }) => void
  'server-error': (error: { code: string; message: string }) => void
  /** The server cannot write this document to disk (MessageType.notSaved); null once it can again. */
  'not-saved': (problem: { code: string; message: string } | null) => void
}

/**
 * One Yjs document synced with the server through the stock y-websocket
 * provider, plus the truth about saving: it counts the content messages sent
 * on the current socket and compares them with the server's «saved» count.
 */
export class DocConnection extends ObservableV2<Events> {
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
  private sentOnSocket = new WeakMap<object, number>()
  private savedCount = 0
  private state: SaveState = 'offline'
  /** What the server said when it could not write, until its next «saved» (or a new socket). */
  notSaved: { code: string; message: string } | null = null
  /** The last close that stopped the provider, until a later connection syncs; null while all is well. */
  closedBy: { code: number; reason: string; behaviour: CloseBehaviour } | null = null
  private readonly heartbeat: ReturnType<typeof setInterval>
  private reconnectLater: ReturnType<typeof setTimeout> | null = null
  private connectingSince = 0
  /** When the oldest heartbeat still without any answer was sent on the current socket. */
  private unansweredSince: number | null = null
  private destroyed = false
  private readonly onOffline = () => this.dropSocket()
  private readonly onOnline = () => this.reconnectNow()

  constructor (options: DocConnectionOptions) {
    super()
    this.doc = options.doc ?? new Y.Doc()
    const counts = this.sentOnSocket
    const onSent = () => this.refresh()
    const Base = options.WebSocketImpl ?? WebSocket
    class CountingWebSocket extends Base {
      send (data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
        if (data instanceof Uint8Array && isDocumentWrite(data)) {
          counts.set(this, (counts.get(this) ?? 0) + 1)
          queueMicrotask(onSent)
        }
        super.send(data)
      }
    }
    this.provider = new WebsocketProvider(options.serverUrl, options.name, this.doc, {
      WebSocketPolyfill: CountingWebSocket as unknown as typeof WebSocket,
      // Tabs must not sync behind the server's back: the server is the one
      // that checks roles and says what is saved.
      disableBc: true,
      maxBackoffTime: 5000,
      // Our table, not y-websocket's "only 44xx is final" (4500 would loop forever).
      shouldReconnect: event => behaviourOf(event.code) === 'reconnect',
    })
    this.provider.messageHandlers[MessageType.heartbeat] = () => {
      // Receiving it is the point (the provider notes the time of every message).
    }
    this.provider.messageHandlers[MessageType.saved] = (_e: encoding.Encoder, decoder: decoding.Decoder) => {
      this.savedCount = readSavedCount(decoder)
      this.setNotSaved(null)
      this.refresh()
    }
    this.provider.messageHandlers[MessageType.notSaved] = (_e: encoding.Encoder, decoder: decoding.Decoder) => {
      this.setNotSaved(readNotSaved(decoder))
      this.refresh()
    }
    this.provider.messageHandlers[MessageType.error] = (_e: encoding.Encoder, decoder: decoding.Decoder) => {
      this.emit('server-error', [readErrorMessage(decoder)])
    }
    this.provider.on('status', ({ status }) => {
      // A new socket starts afresh: the server tells it again if it still cannot write.
      if (status !== 'connected') {
        this.savedCount = 0
        this.setNotSaved(null)
      }
      if (status === 'connecting') this.connectingSince = Date.now()
      this.unansweredSince = null
      this.refresh()
    })
    this.provider.on('sync', synced => {
      if (synced) this.closedBy = null
      this.refresh()
    })
    this.provider.on('closed', ({ code, reason }) => {
      const behaviour = behaviourOf(code)
      this.closedBy = { code, reason, behaviour }
      if (behaviour === 'reconnectLater') {
        if (this.reconnectLater) clearTimeout(this.reconnectLater)
        this.reconnectLater = setTimeout(() => {
          this.reconnectLater = null
          if (!this.destroyed) this.provider.connect()
        }, options.reconnectLaterMs ?? RECONNECT_LATER_MS)
      }
      this.emit('closed', [this.closedBy])
    })
    this.doc.on('update', () => this.refresh())
    this.heartbeat = setInterval(() => this.checkAlive(), HEARTBEAT_INTERVAL_MS)
    if (typeof window !== 'undefined') {
      window.addEventListener('offline', this.onOffline)
      window.addEventListener('online', this.onOnline)
    }
  }

  get saveState (): SaveState {
    return this.state
  }

  get awareness () {
    return this.provider.awareness
  }

  /** Resolves once the document has its first full state from the server. */
  whenSynced (): Promise<void> {
    if (this.provider.synced) return Promise.resolve()
    return new Promise(resolve => {
      const onSync = (synced: boolean) => {
        if (!synced) return
        this.provider.off('sync', onSync)
        resolve()
      }
      this.provider.on('sync', onSync)
    })
  }

  /** Resolves once everything sent so far is durably stored on the server. */
  whenSaved (): Promise<void> {
    if (this.state === 'saved') return Promise.resolve()
    return new Promise(resolve => {
      const onState = (state: SaveState) => {
        if (state !== 'saved') return
        this.off('save-state', onState)
        resolve()
      }
      this.on('save-state', onState)
    })
  }

  destroy (): void {
    this.destroyed = true
    clearInterval(this.heartbeat)
    if (this.reconnectLater) clearTimeout(this.reconnectLater)
    if (typeof window !== 'undefined') {
      window.removeEventListener('offline', this.onOffline)
      window.removeEventListener('online', this.onOnline)
    }
    this.provider.destroy()
    super.destroy()
  }

  /**
   * Sends a heartbeat, and treats a connection that has been silent too long
   * as dead: «Нет связи» at once, and a fresh socket. Without this a dead
   * network is noticed only by TCP, after tens of seconds.
   */
  private checkAlive (): void {
    const provider = this.provider
    const ws = provider.ws
    if (!ws || !provider.shouldConnect) return
    if (provider.wsconnecting) {
      if (Date.now() - this.connectingSince > CONNECT_TIMEOUT_MS) this.dropSocket()
      return
    }
    if (!provider.wsconnected) return
    // Counted from the oldest unanswered heartbeat, not from the last message:
    // a background tab whose timers the browser slows down is not dead.
    if (this.unansweredSince !== null && provider.wsLastMessageReceived >= this.unansweredSince) this.unansweredSince = null
    const limit = provider.synced ? HEARTBEAT_DEAD_AFTER_MS : INITIAL_SYNC_SILENCE_MS
    if (this.unansweredSince !== null && Date.now() - this.unansweredSince > limit) {
      this.dropSocket()
      return
    }
    if (ws.readyState !== ws.OPEN) return
    ws.send(heartbeatMessage)
    this.unansweredSince ??= Date.now()
  }

  /** Abandons the current socket (dead or the browser went offline) and starts over with the usual backoff. */
  private dropSocket (): void {
    if (!this.provider.shouldConnect) return
    this.provider.disconnect()
    this.provider.shouldConnect = true
    this.refresh()
  }

  /** The browser is back online: try at once instead of waiting out the backoff. */
  private reconnectNow (): void {
    if (this.destroyed || this.provider.wsconnected || this.closedBy) return
    this.provider.wsUnsuccessfulReconnects = 0
    if (this.provider.ws) this.provider.disconnect()
    this.provider.connect()
  }

  private setNotSaved (problem: { code: string; message: string } | null): void {
    if (problem === null && this.notSaved === null) return
    this.notSaved = problem
    this.emit('not-saved', [problem])
  }

  private refresh (): void {
    const ws = this.provider.ws
    let next: SaveState
    if (!ws || !this.provider.wsconnected) next = 'offline'
    else if (this.notSaved) next = 'unsaved'
    else if (this.provider.synced && (this.sentOnSocket.get(ws) ?? 0) <= this.savedCount) next = 'saved'
    else next = 'saving'
    if (next === this.state) return
    this.state = next
    this.emit('save-state', [next])
  }
}
