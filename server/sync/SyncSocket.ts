/**
 * What the sync core needs of a connection. The core never sees the
 * transport: the Hono route adapts a `ws` WebSocket to this, and tests can
 * pass anything that records what was sent.
 */
export interface SyncSocket {
  send (data: Uint8Array): void
  close (code: number, reason: string): void
  /** Bytes accepted by send() but not yet written to the network. */
  readonly bufferedAmount: number
}

/** Who is on the other end, as the route established it before connecting. */
export interface Principal {
  login: string
  /** The person's name as the server knows it (stamped into their presence). */
  name: string
  /** Hash of the session the connection was opened with (to close it at sign-out). */
  sessionHash: string
  boardId: string
  /** False for documents only the server writes (annotations): no role may write them through sync. */
  docWritable: boolean
  /**
   * Which of the board's documents this is, where the agreed state treats it
   * apart: an agreed plan keeps its fact columns writable, the rest is frozen.
   */
  concern?: 'plan' | 'report' | 'annotations'
  /** The network address the connection came from (for the per-address cap), when the transport knows it. */
  address?: string
}

/** What a principal may do with a board's documents right now. */
export type Access = 'write' | 'fact' | 'read' | 'none' | 'unauthenticated'

/** Whether an access lets a connection send updates at all (`fact` is checked update by update). */
export function accessWrites (access: Access): boolean {
  return access === 'write' || access === 'fact'
}
