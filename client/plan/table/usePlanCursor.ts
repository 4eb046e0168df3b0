import { useEffect } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import type { PlanCursor } from './rowPresence'

/**
 * Publishes this user's active cell as `planCursor` in awareness (presence
 * only: awareness is not part of the document, so read-only roles may do it
 * too). Cleared when the table closes, so nobody is shown on a row they left.
 */
export function usePlanCursor (awareness: Awareness | null, nodeId: string | null, field: string | null): void {
  useEffect(() => {
    if (!awareness) return
    const cursor: PlanCursor | null = nodeId ? { nodeId, field } : null
    awareness.setLocalStateField('planCursor', cursor)
  }, [awareness, nodeId, field])
  useEffect(() => {
    if (!awareness) return
    return () => awareness.setLocalStateField('planCursor', null)
  }, [awareness])
}
