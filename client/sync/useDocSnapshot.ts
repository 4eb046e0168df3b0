import { useEffect, useState } from 'react'
import type * as Y from 'yjs'

/**
 * Plain data read from a document, rebuilt at most once per animation frame
 * however many updates arrive: a burst of remote keystrokes costs one rebuild.
 * `read` must be a stable function (module-level).
 */
export function useDocSnapshot<T> (doc: Y.Doc | null, read: (doc: Y.Doc) => T, empty: T): T {
  const [snapshot, setSnapshot] = useState<T>(() => doc ? read(doc) : empty)
  useEffect(() => {
    if (!doc) return
    setSnapshot(read(doc))
    let frame = 0
    const onUpdate = () => {
      if (frame) return
      frame = requestAnimationFrame(() => {
        frame = 0
        setSnapshot(read(doc))
      })
    }
    doc.on('update', onUpdate)
    return () => {
      doc.off('update', onUpdate)
      if (frame) cancelAnimationFrame(frame)
    }
  }, [doc, read])
  return snapshot
}
