/**
 * First varUint of every WebSocket message. 0–3 are the standard y-websocket
 * kinds; the stock WebsocketProvider logs and ignores kinds it does not know,
 * so our own kinds (100+) are safe to send to any y-websocket client. The
 * server sends `heartbeat` only in answer to one, so stock clients never see it.
 */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /**
   * Server → client: varUint n. The first n sync messages (step 2 and updates)
   * this connection sent are durably stored. Sent after each write of the document.
   */
  saved: 100,
  /** Server → client: varString code, varString Russian message. Sent before a refusing close, or as a warning. */
  error: 101,
  /**
   * Both ways, no payload: the client sends one every HEARTBEAT_INTERVAL_MS and
   * the server answers at once, so a silently dead connection is noticed within
   * HEARTBEAT_DEAD_AFTER_MS instead of the browser's own ~minute-long timeouts.
   */
  heartbeat: 102,
  /**
   * Server → client: varString code, varString Russian message. The
   * document's latest changes could not be written to disk (full disk,
   * read-only data folder): the server keeps them in memory and retries, and
   * acknowledges nothing meanwhile. Sent when a write of the document fails and
   * to every connection that joins while it is so; the next `saved` message
   * ends it. Stock y-websocket clients log and ignore it.
   */
  notSaved: 103,
} as const
export type MessageType = (typeof MessageType)[keyof typeof MessageType]

/** How often the client asks "are you there?": three tries fit in the dead-after window. */
export const HEARTBEAT_INTERVAL_MS = 1000
/**
 * How long a heartbeat may go unanswered before the client treats the
 * connection as dead. The first heartbeat after the network dies leaves at
 * most one interval later, and the check runs every interval, so «Нет связи»
 * shows at most 1 + 2.5 + 1 = 4.5 s after (< 5 s); 2.5 s is still far above
 * any round trip a working connection has.
 */
export const HEARTBEAT_DEAD_AFTER_MS = 2500

/** The heartbeat message: just its kind (one byte). */
export const heartbeatMessage: Uint8Array = new Uint8Array([MessageType.heartbeat])
