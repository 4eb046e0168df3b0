import { CloseCode } from '../../shared/protocol/closeCodes'
import type { Principal, SyncSocket } from './SyncSocket'
import type { WriteGuard } from './writeGuard'

/**
 * A client that has sent more than this many bytes' worth of our broadcasts
 * without reading them is dropped (it reconnects and syncs afresh): buffering
 * without bound for one stalled browser would let it exhaust server memory.
 */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024

/** One client connected to one document. */
export class SyncConnection {
  /** Awareness client ids this connection set, removed for everyone when it closes. */
  readonly awarenessClients = new Set<number>()
  /** Sync step 2 / update messages received, the counter behind the «saved» acknowledgement. */
  received = 0
  /** The highest count already acknowledged as saved. */
  acknowledged = 0
  closed = false

  constructor (
    readonly socket: SyncSocket,
    readonly principal: Principal,
    public canWrite: boolean,
    /** For a connection that may write only part of the document (an agreed plan's fact): checks each update. */
    public writeGuard: WriteGuard | null = null,
  ) {}

  send (data: Uint8Array): void {
    if (this.closed) return
    if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.close(CloseCode.tooSlow, 'too_slow')
      return
    }
    this.socket.send(data)
  }

  close (code: number, reason: string): void {
    if (this.closed) return
    this.closed = true
    this.socket.close(code, reason)
  }
}
