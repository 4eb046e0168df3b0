import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { ANNOTATIONS_KEY, type AnnotationThread } from '../../shared/review/annotationModel'

const byCreation = (a: AnnotationThread, b: AnnotationThread) => a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1

/** Every thread of the board, oldest first, live from the annotations document (read-only here: the server writes it). */
export function useAnnotationThreads (doc: Y.Doc | null): AnnotationThread[] {
  const [threads, setThreads] = useState<AnnotationThread[]>([])
  useEffect(() => {
    if (!doc) {
      setThreads([])
      return
    }
    const map = doc.getMap<AnnotationThread>(ANNOTATIONS_KEY)
    const read = () => setThreads([...map.values()].filter(isThread).sort(byCreation))
    read()
    map.observe(read)
    return () => map.unobserve(read)
  }, [doc])
  return threads
}

/** A thread as the server writes it; anything else (a newer format) is left out rather than crash the panel. */
function isThread (value: unknown): value is AnnotationThread {
  const thread = value as AnnotationThread | null
  return typeof thread === 'object' && thread !== null && typeof thread.id === 'string' &&
    typeof thread.anchor === 'object' && thread.anchor !== null && Array.isArray(thread.comments) && thread.comments.length > 0
}
