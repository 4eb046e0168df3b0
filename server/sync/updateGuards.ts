import * as Y from 'yjs'

export type UpdateProblem = 'malformed' | 'too_large' | 'too_many_pending'

export type UpdateVerdict =
  | { ok: true; exactSize?: number }
  | { ok: false; problem: UpdateProblem; exactSize?: number }

export interface UpdateBounds {
  /** An upper bound of the document's encoded size (cheap to keep; see DocRoom). */
  sizeBound: number
  maxDocumentBytes: number
  maxPendingBytes: number
}

/** Bytes of updates Yjs holds back because structs they build on never arrived. */
export function pendingBytes (doc: Y.Doc): number {
  return (doc.store.pendingStructs?.update.byteLength ?? 0) + (doc.store.pendingDs?.byteLength ?? 0)
}

/**
 * Decides, before anything is applied, whether an incoming update may be:
 * - it must decode completely (a truncated or mutated update is refused whole,
 *   rather than half-applied);
 * - the document must stay within `maxDocumentBytes`. The cheap bound is used
 *   until it reaches the limit; then the exact size is computed (returned as
 *   `exactSize` for the caller to keep) and only what the update adds counts;
 * - if it starts beyond what the document has of some client (so Yjs would
 *   keep it pending), the pending total must stay within `maxPendingBytes`.
 */
export function checkIncomingUpdate (doc: Y.Doc, update: Uint8Array, bounds: UpdateBounds): UpdateVerdict {
  let structs: ReturnType<typeof Y.decodeUpdate>['structs']
  try {
    structs = Y.decodeUpdate(update).structs
  } catch {
    return { ok: false, problem: 'malformed' }
  }
  let exactSize: number | undefined
  if (update.byteLength > bounds.maxDocumentBytes) return { ok: false, problem: 'too_large' }
  if (bounds.sizeBound + update.byteLength > bounds.maxDocumentBytes) {
    exactSize = Y.encodeStateAsUpdate(doc).byteLength
    const added = Y.diffUpdate(update, Y.encodeStateVector(doc)).byteLength
    if (exactSize + added > bounds.maxDocumentBytes) return { ok: false, problem: 'too_large', exactSize }
  }
  const firstClock = new Map<number, number>()
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue
    const first = firstClock.get(struct.id.client)
    if (first === undefined || struct.id.clock < first) firstClock.set(struct.id.client, struct.id.clock)
  }
  // Y.getState reads the store directly: encoding the whole state vector per update cost more than applying it.
  const gapped = [...firstClock].some(([client, clock]) => clock > Y.getState(doc.store, client))
  if (gapped && pendingBytes(doc) + update.byteLength > bounds.maxPendingBytes) {
    return { ok: false, problem: 'too_many_pending', exactSize }
  }
  return { ok: true, exactSize }
}
