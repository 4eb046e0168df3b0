import { useCallback, useMemo } from 'react'
import type { PlanTextField } from '../../../shared/plan/planFields'
import type { PlanNode } from '../../../shared/plan/planSnapshot'
import { useReview } from '../ReviewProvider'
import { indexRowAnnotations, type RowAnnotations } from './rowAnnotations'

/** The quote is kept only to show what was annotated after it changes; a long cell is cut. */
const MAX_QUOTE = 2000

export interface PlanAnnotations {
  byRow: ReadonlyMap<string, RowAnnotations>
  canAnnotate: boolean
  /** Opens the panel with a new thread on the row, or on one of its cells. */
  annotate: (node: PlanNode, field: PlanTextField | null) => void
  /** Opens the panel on the row's first open thread. */
  openRow: (nodeId: string) => void
}

/** What the plan table needs of the review: markers, and the way to start or open a thread. */
export function usePlanAnnotations (): PlanAnnotations {
  const { threads, canAnnotate, startDraft, openThread } = useReview()
  const byRow = useMemo(() => indexRowAnnotations(threads), [threads])
  const annotate = useCallback((node: PlanNode, field: PlanTextField | null) => {
    startDraft({
      anchor: field ? { kind: 'plan', nodeId: node.id, field } : { kind: 'plan', nodeId: node.id },
      quote: node.fields[field ?? 'title'].slice(0, MAX_QUOTE),
    })
  }, [startDraft])
  const openRow = useCallback((nodeId: string) => {
    const row = byRow.get(nodeId)
    if (row) openThread(row.firstThreadId)
  }, [byRow, openThread])
  return useMemo(() => ({ byRow, canAnnotate, annotate, openRow }), [byRow, canAnnotate, annotate, openRow])
}
