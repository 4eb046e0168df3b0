/**
 * First varUint of every WebSocket message. 0–3 are the standard y-websocket
 * kinds; the stock WebsocketProvider logs and ignores kinds it does not know,
 * so our own kinds (100+) are safe to send to any y-websocket client.
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
  /** Server → client: varString code, varString Russian message. Sent before a refusing close. */
  error: 101,
} as const
export type MessageType = (typeof MessageType)[keyof typeof MessageType]
