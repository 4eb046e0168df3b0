import { CloseCode } from '../../shared/protocol/closeCodes'
import type { Principal, SyncSocket } from './SyncSocket'
import type { WriteGuard } from './writeGuard'
import type { SyncLimits } from './syncLimits'
import { UpdateRate } from './UpdateRate'

/** One client connected to one document. */
export class SyncConnection {
  /** Awareness client ids this connection set, removed for everyone when it closes. */
  readonly awarenessClients = new Set<number>()
  /** Sync step 2 / update messages received, the counter behind the «saved» acknowledgement. */
  received = 0
  /** The highest count already acknowledged as saved. */
  acknowledged = 0
  /** `received` when the document's write in progress took its state: what that write acknowledges. */
  writeMark = 0
  closed = false
  /** Incoming updates and presence messages per second. */
  readonly rate: UpdateRate
  /** The same for all of this person's connections together (shared by them; set by the hub). */
  userRate: UpdateRate | null = null
  /** The largest answer (sync step 2) sent at the client's request: allowed on top of the broadcast backlog. */
  private largestAnswer = 0

  constructor (
    readonly socket: SyncSocket,
    readonly principal: Principal,
    public canWrite: boolean,
    private readonly limits: Pick<SyncLimits, 'updatesPerSecond' | 'updateBurst' | 'updateGraceAfterWarning' | 'maxBacklogBytes'>,
    /** For a connection that may write only part of the document (an agreed plan's fact): checks each update. */
    public writeGuard: WriteGuard | null = null,
  ) {
    this.rate = new UpdateRate(limits.updatesPerSecond, limits.updateBurst, limits.updateGraceAfterWarning)
  }

  send (data: Uint8Array): void {
    if (this.closed) return
    if (this.socket.bufferedAmount > this.limits.maxBacklogBytes + this.largestAnswer) {
      this.close(CloseCode.tooSlow, 'too_slow')
      return
    }
    this.socket.send(data)
  }

  /**
   * Sends what the client asked for (the document's state). It may be as
   * large as the document; the slow-client rule counts it separately so the
   * initial sync of a large document is never mistaken for a stalled client.
   * Only the largest answer counts, so asking again and again cannot make
   * the allowance grow.
   */
  answer (data: Uint8Array): void {
    if (this.closed) return
    this.largestAnswer = Math.max(this.largestAnswer, data.byteLength)
    this.send(data)
  }

  close (code: number, reason: string): void {
    if (this.closed) return
    this.closed = true
    this.socket.close(code, reason)
  }
}
