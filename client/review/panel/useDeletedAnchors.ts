import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import type { AnnotationThread } from '../../../shared/review/annotationModel'
import { resolveTextAnchor } from '../../../shared/review/resolveAnchor'
import { useReportReady } from '../../report/useReportReady'
import type { DocConnection } from '../../sync/DocConnection'

const NONE: ReadonlySet<string> = new Set()

function deletedIn (doc: Y.Doc, threads: readonly AnnotationThread[]): ReadonlySet<string> {
  const deleted = new Set<string>()
  for (const thread of threads) {
    const anchor = thread.anchor
    if (anchor.kind === 'report' && resolveTextAnchor(doc, anchor.start, anchor.end).status === 'deleted') deleted.add(thread.id)
  }
  return deleted.size > 0 ? deleted : NONE
}

/**
 * Report threads whose words are gone («фрагмент удалён»), live as people
 * edit, re-checked at most once a frame. Unknown (empty) until the report
 * document has arrived.
 */
export function useDeletedAnchors (report: DocConnection | null, threads: readonly AnnotationThread[]): ReadonlySet<string> {
  const [deleted, setDeleted] = useState<ReadonlySet<string>>(NONE)
  // Before the report has arrived every anchor would look deleted.
  const ready = useReportReady(report)
  const reportDoc = ready ? report?.doc ?? null : null
  useEffect(() => {
    if (!reportDoc) {
      setDeleted(NONE)
      return
    }
    const check = () => setDeleted(prev => {
      const next = deletedIn(reportDoc, threads)
      return next.size === prev.size && [...next].every(id => prev.has(id)) ? prev : next
    })
    check()
    let frame = 0
    const onUpdate = () => {
      if (!frame) frame = requestAnimationFrame(() => { frame = 0; check() })
    }
    reportDoc.on('update', onUpdate)
    return () => {
      reportDoc.off('update', onUpdate)
      if (frame) cancelAnimationFrame(frame)
    }
  }, [reportDoc, threads])
  return deleted
}
