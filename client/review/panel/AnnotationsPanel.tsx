import { useEffect, useMemo, useState } from 'react'
import { useBoardConnection } from '../../board/live/BoardConnection'
import { anchorLabel, anchorSectionKey } from '../anchorLabel'
import { useReview } from '../ReviewProvider'
import { reviewStrings } from '../reviewStrings'
import { defaultThreadFilter, filterThreads, type ThreadFilter } from '../threadFilter'
import { annotationsToggleId } from './annotationsToggleId'
import { NewThreadForm } from './NewThreadForm'
import { ThreadCard } from './ThreadCard'
import { ThreadFilters } from './ThreadFilters'
import { useAnchorIndex } from './useAnchorIndex'
import { useDeletedAnchors } from './useDeletedAnchors'

/**
 * The annotations beside every tab: a new thread being written, the filters
 * and the threads, all live from the annotations document.
 */
export function AnnotationsPanel () {
  const { plan, report, connectReport } = useBoardConnection()
  const { me, threads, draft, focusedId, canAnnotate, reviewState, setPanelOpen } = useReview()
  const [filter, setFilter] = useState<ThreadFilter>(defaultThreadFilter)
  const hasReportThreads = threads.some(thread => thread.anchor.kind === 'report') || draft?.anchor.kind === 'report'
  // Report threads need the report to say where their words are now (and whether they are gone).
  useEffect(() => { if (hasReportThreads) connectReport() }, [hasReportThreads, connectReport])
  const index = useAnchorIndex(plan?.doc ?? null, report?.doc ?? null)
  const deleted = useDeletedAnchors(report, threads)

  // A thread opened from the document is shown even when the filter would hide it.
  const focused = threads.find(thread => thread.id === focusedId)
  useEffect(() => {
    if (focused && filter.status !== 'all' && (filter.status === 'open') === focused.resolved) setFilter(f => ({ ...f, status: 'all' }))
  }, [focused, filter.status])
  // The panel is going away with the focus in it: the keyboard goes back to the toggle that opened it.
  const closePanel = () => {
    setPanelOpen(false)
    document.getElementById(annotationsToggleId)?.focus()
  }
  const shown = useMemo(() => filterThreads(threads, filter, me, thread => anchorSectionKey(thread.anchor, index)), [threads, filter, me, index])

  return (
    <aside id="annotations-panel" className="annotations-panel" aria-label={reviewStrings.panel.title} data-testid="annotations-panel">
      <header className="annotations-panel__header">
        <h2 className="annotations-panel__title">{reviewStrings.panel.title}</h2>
        <button type="button" className="button button--secondary annotations-panel__close" aria-label={reviewStrings.panel.close} title={reviewStrings.panel.close} onClick={closePanel}>✕</button>
      </header>
      {reviewState === 'agreed' && <p className="notice notice--info">{reviewStrings.panel.agreed}</p>}
      {reviewState !== 'agreed' && !canAnnotate && <p className="notice notice--info">{reviewStrings.panel.readOnly}</p>}
      {draft && <NewThreadForm key={JSON.stringify(draft)} draft={draft} label={anchorLabel(draft.anchor, draft.quote, index)} />}
      <ThreadFilters filter={filter} sections={index.sections} onChange={setFilter} />
      <div className="annotations-panel__list" data-testid="thread-list">
        {shown.length === 0 && <p className="annotations-panel__empty">{threads.length === 0 ? reviewStrings.panel.empty : reviewStrings.panel.emptyFiltered}</p>}
        {shown.map(thread => <ThreadCard key={thread.id} thread={thread} label={anchorLabel(thread.anchor, thread.quote, index)} anchorDeleted={deleted.has(thread.id)} />)}
      </div>
    </aside>
  )
}
