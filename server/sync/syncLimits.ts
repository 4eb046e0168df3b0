/**
 * Every limit of the sync path in one place, each with the reason for its
 * default. Operators can change the ones they may want to through env vars
 * (see README, Configuration); tests pass smaller ones to reach them quickly.
 */
export interface SyncLimits {
  /**
   * Largest document (encoded state) the server accepts updates for. A year's
   * plan of 300 items with its history and a 60-page report are each well
   * under 2 MiB; 16 MiB leaves room for pasted tables and long histories,
   * while a 50 MB paste (seen to make a document unusable) is refused.
   */
  maxDocumentBytes: number
  /**
   * Largest single WebSocket message. The largest real update is a whole
   * document (an offline copy merging into an empty one), so: the document
   * limit plus the protocol's envelope. Anything larger is closed 1009.
   */
  maxMessageBytes: number
  /**
   * Incoming updates and presence messages per connection per second,
   * sustained. Typing at full speed sends ~40 (an update and a caret move per
   * key); dragging a timeline bar ~120 (one per mouse move, plus presence);
   * 200 is above any person, far below the 10,000/s seen to stall the server.
   */
  updatesPerSecond: number
  /** Extra updates allowed in a burst above the rate (reconnects replay queued edits). */
  updateBurst: number
  /**
   * The same, for all of one person's connections together: without it, one
   * script could use every connection it may open (connectionsPerUser) at
   * the full per-connection rate. A person types in one tab at a time.
   */
  userUpdatesPerSecond: number
  userUpdateBurst: number
  /**
   * How far past the burst a warned connection may go before it is closed
   * 4429. Updates within it are applied: nobody's typed text is dropped.
   */
  updateGraceAfterWarning: number
  /**
   * Sync connections one person may hold: each open board uses 3–4 (plan,
   * report, annotations), so 64 is over a dozen tabs.
   */
  connectionsPerUser: number
  /** Sync connections to one board's documents: a Council session of 50 people × 4 documents, twice over. */
  connectionsPerBoard: number
  /**
   * Sync connections from one network address: a district office behind one
   * NAT address with ~60 people × 4 documents.
   */
  connectionsPerAddress: number
  /**
   * WebSockets from one address that are not (yet) signed-in sync
   * connections: refused ones waiting for their close handshake. Browsers
   * need one or two; more is someone probing.
   */
  unauthenticatedPerAddress: number
  /**
   * Bytes a connection may send before its document is loaded (buffered,
   * not yet applied): a client's first messages are its sync step 1/2 and
   * presence, at most one document's worth.
   */
  maxEarlyBytes: number
  /**
   * Bytes of updates waiting for structs the server has never seen
   * (Yjs "pending"). Real clients create them only briefly; an update with
   * invented gaps would otherwise grow memory and the saved file forever.
   */
  maxPendingBytes: number
  /**
   * A client that has more than this many bytes of our broadcasts queued
   * without reading them is dropped (it reconnects and syncs afresh):
   * buffering without bound for one stalled browser would let it exhaust
   * server memory. Answers the client asked for (its initial sync) come on
   * top of it, so a client can always load any document the server accepted.
   */
  maxBacklogBytes: number
  /** Updates merged into one broadcast per event-loop turn; the rest wait one turn, so other boards get theirs. */
  mergeBatch: number
  /**
   * Bytes of accepted changes, in all documents together, the server holds
   * in memory without having written them. A healthy disk keeps this near
   * zero (everything is written within a turn); it grows only while the disk
   * is full or read-only. Past it new updates are refused (close 4507, the
   * client keeps them and sends them again) instead of growing the process
   * until it dies and loses all of them. 64 MiB is hours of a district's typing
   * and four of the largest single updates (a whole document, maxMessageBytes);
   * it is never set below one of those, or that update could never be taken.
   */
  maxUnsavedBytes: number
}

const MiB = 1024 * 1024

export const defaultSyncLimits: SyncLimits = {
  maxDocumentBytes: 16 * MiB,
  maxMessageBytes: 16 * MiB + 64 * 1024,
  updatesPerSecond: 200,
  updateBurst: 500,
  userUpdatesPerSecond: 400,
  userUpdateBurst: 1000,
  updateGraceAfterWarning: 200,
  connectionsPerUser: 64,
  connectionsPerBoard: 400,
  connectionsPerAddress: 256,
  unauthenticatedPerAddress: 16,
  maxEarlyBytes: 16 * MiB + 64 * 1024,
  maxPendingBytes: 1 * MiB,
  maxBacklogBytes: 32 * MiB,
  mergeBatch: 64,
  maxUnsavedBytes: 64 * MiB,
}

/** The limits from the environment (PLANERKA_MAX_DOCUMENT_MB etc.), defaults for what is unset or invalid. */
export function syncLimitsFromEnv (env: NodeJS.ProcessEnv = process.env, base: SyncLimits = defaultSyncLimits): SyncLimits {
  const positive = (name: string): number | null => {
    const raw = env[name]
    if (raw === undefined || raw.trim() === '') return null
    const value = Number(raw)
    return Number.isFinite(value) && value > 0 ? value : null
  }
  const documentMb = positive('PLANERKA_MAX_DOCUMENT_MB')
  const maxDocumentBytes = documentMb === null ? base.maxDocumentBytes : Math.floor(documentMb * MiB)
  const envelope = base.maxMessageBytes - base.maxDocumentBytes
  const unsavedMb = positive('PLANERKA_MAX_UNSAVED_MB')
  const unsaved = unsavedMb === null ? base.maxUnsavedBytes : Math.floor(unsavedMb * MiB)
  return {
    ...base,
    maxDocumentBytes,
    maxMessageBytes: maxDocumentBytes + envelope,
    maxEarlyBytes: maxDocumentBytes + envelope,
    updatesPerSecond: positive('PLANERKA_UPDATES_PER_SECOND') ?? base.updatesPerSecond,
    connectionsPerUser: positive('PLANERKA_CONNECTIONS_PER_USER') ?? base.connectionsPerUser,
    connectionsPerBoard: positive('PLANERKA_CONNECTIONS_PER_BOARD') ?? base.connectionsPerBoard,
    connectionsPerAddress: positive('PLANERKA_CONNECTIONS_PER_ADDRESS') ?? base.connectionsPerAddress,
    maxUnsavedBytes: Math.max(unsaved, maxDocumentBytes + envelope),
  }
}
