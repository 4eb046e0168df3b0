import * as Y from 'yjs'

/** What became of a change the server made to a document (an annotation, a restore, an import). */
export type ServerChangeResult =
  /** `parts`: what it changed (touchedParts.ts), for the authorship of whoever asked for it. */
  | { ok: true; parts: string[] }
  /** The stored document is unreadable: nothing was changed. */
  | { ok: false; error: 'unavailable' }
  /** The change itself failed (threw, or produced state Yjs cannot encode): nothing was changed. */
  | { ok: false; error: 'rejected'; detail: string }
  /** The disk refused the write: the change was taken back for everyone, nothing is kept. */
  | { ok: false; error: 'not_saved'; detail: string }

/**
 * Runs `apply` on a copy of `doc` as Yjs client `writerId` (one per loaded
 * document, so the server's edits do not add a client to the state vector
 * each time, and not the live document's own id, which Yjs would then see
 * arrive from outside and replace) and returns the update it made, or null
 * if it changed nothing. Whatever `apply` does wrong — throws, or builds a value Yjs
 * then fails to encode — happens to the copy: the live document, which every
 * connection and every later save depends on, is never left half-changed.
 */
export function changeOnCopy (doc: Y.Doc, apply: (doc: Y.Doc) => void, origin: unknown, writerId: number): Uint8Array | null {
  const copy = new Y.Doc({ gc: doc.gc })
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
    copy.clientID = writerId
    const before = Y.encodeStateVector(copy)
    let changed = false
    copy.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.changed.size > 0 || transaction.deleteSet.clients.size > 0) changed = true
    })
    copy.transact(() => apply(copy), origin)
    return changed ? Y.encodeStateAsUpdate(copy, before) : null
  } finally {
    copy.destroy()
  }
}

/**
 * Applies a server update to the live document so that it can be taken back
 * if it cannot be made durable: the returned function reverts it (as a new
 * change everyone receives) and is a no-op once `release` was called.
 */
export function applyRevertibly (doc: Y.Doc, update: Uint8Array, origin: unknown): { revert (): void; release (): void } {
  // The whole document as scope: its root types may still be untyped (loaded, never read through getMap), which a type scope would miss.
  const undo = new Y.UndoManager(doc, { trackedOrigins: new Set([origin]), captureTimeout: 0 })
  Y.applyUpdate(doc, update, origin)
  return {
    revert: () => { undo.undo(); undo.destroy() },
    release: () => undo.destroy(),
  }
}

/** A random Yjs client id (an unsigned 32-bit number, as Yjs makes its own). */
export function newWriterId (): number {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0]
}
