import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { ObservableV2 } from 'lib0/observable'
import type * as decoding from 'lib0/decoding'
import type * as encoding from 'lib0/encoding'
import { MessageType } from '../../shared/protocol/messageType'
import { isDocumentWrite, readErrorMessage, readSavedCount } from '../../shared/protocol/savedAck'

/** What the save indicator shows: «Сохранено», «Сохранение…», «Нет связи». */
export type SaveState = 'saved' | 'saving' | 'offline'

export interface DocConnectionOptions {
  /** Base of the sync route, e.g. "ws://localhost:8080/api/sync". */
  serverUrl: string
  name: string
  doc?: Y.Doc
  /** The browser's WebSocket, or `ws` with a cookie header in Node tests. */
  WebSocketImpl?: typeof WebSocket
}

type Events = {
  'save-state': (state: SaveState) => void
  /** The server closed for good (44xx): signed out, no access, refused write. */
  closed: (event: { code: number; reason: string }) => void
  'server-error': (error: { code: string; message: string }) => void
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
    })
    this.provider.messageHandlers[MessageType.saved] = (_e: encoding.Encoder, decoder: decoding.Decoder) => {
      this.savedCount = readSavedCount(decoder)
      this.refresh()
    }
    this.provider.messageHandlers[MessageType.error] = (_e: encoding.Encoder, decoder: decoding.Decoder) => {
      this.emit('server-error', [readErrorMessage(decoder)])
    }
    this.provider.on('status', ({ status }) => {
      if (status !== 'connected') this.savedCount = 0
      this.refresh()
    })
    this.provider.on('sync', () => this.refresh())
    this.provider.on('closed', event => this.emit('closed', [event]))
    this.doc.on('update', () => this.refresh())
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
    this.provider.destroy()
    super.destroy()
  }

  private refresh (): void {
    const ws = this.provider.ws
    let next: SaveState
    if (!ws || !this.provider.wsconnected) next = 'offline'
    else if (this.provider.synced && (this.sentOnSocket.get(ws) ?? 0) <= this.savedCount) next = 'saved'
    else next = 'saving'
    if (next === this.state) return
    this.state = next
    this.emit('save-state', [next])
  }
}
