import * as Y from 'yjs'

/**
 * A document's stored state and the updates after it, as one state: applied
 * to a Y.Doc and encoded again rather than merged with Y.mergeUpdates alone,
 * so that deleted content is collected and the snapshot does not keep growing
 * with every deletion ever made.
 */
export function foldUpdates (start: Uint8Array | null, updates: readonly Uint8Array[]): Uint8Array {
  if (updates.length === 0) return start ?? new Uint8Array(0)
  const doc = new Y.Doc()
  try {
    doc.transact(() => {
      if (start) Y.applyUpdate(doc, start)
      for (const update of updates) Y.applyUpdate(doc, update)
    })
    return Y.encodeStateAsUpdate(doc)
  } finally {
    doc.destroy()
  }
}
