import { useCallback, useEffect, useRef } from 'react'
import type { AnnotationThread } from '../../shared/review/annotationModel'
import { BoardTab } from '../board/boardTab'
import { usePlanFilters } from '../plan/PlanFilters'
import { sectionElementId } from '../report/reportOutline'
import { navigate } from '../router/navigate'
import { revealWhenRendered } from './revealWhenRendered'

const planRow = (nodeId: string) => document.querySelector<HTMLElement>(`tr[data-testid="plan-row"][data-node-id="${CSS.escape(nodeId)}"]`)
const highlight = (threadId: string) => document.querySelector<HTMLElement>(`[data-testid="report-annotation-highlight"][data-thread-id="${CSS.escape(threadId)}"]`)

/**
 * Shows a thread's place: the plan row (its tab opened, filters cleared if
 * they hide it) or the report passage (its tab opened, its section scrolled
 * near so the editor mounts and draws the highlight).
 */
export function useGoToAnchor (boardId: string): (thread: AnnotationThread) => void {
  const { setFilter } = usePlanFilters()
  const cancel = useRef<(() => void) | null>(null)
  useEffect(() => () => cancel.current?.(), [])
  return useCallback((thread: AnnotationThread) => {
    cancel.current?.()
    const anchor = thread.anchor
    if (anchor.kind === 'plan') {
      navigate({ name: 'board', id: boardId, tab: BoardTab.plan }, { replace: true })
      let cleared = false
      cancel.current = revealWhenRendered(() => planRow(anchor.nodeId), () => {
        if (!cleared && document.querySelector('[data-testid="plan-table"]')) {
          cleared = true
          setFilter({})
        }
      })
      return
    }
    navigate({ name: 'board', id: boardId, tab: BoardTab.report }, { replace: true })
    let nearSection = false
    const section = () => document.getElementById(sectionElementId(anchor.sectionId))
    // A resolved thread has no highlight: its section is the place to show.
    cancel.current = revealWhenRendered(() => thread.resolved ? section() : highlight(thread.id), () => {
      const element = section()
      if (!nearSection && element) {
        nearSection = true
        element.scrollIntoView({ block: 'start' })
      }
    })
  }, [boardId, setFilter])
}
