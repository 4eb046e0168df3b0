import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { readPlan, type PlanSnapshot } from '../../shared/plan/planSnapshot'

const EMPTY: PlanSnapshot = { sections: [], orphans: [] }

/**
 * The numbered plan, rebuilt at most once per animation frame however many
 * updates arrive: a burst of remote keystrokes costs one rebuild, not one each.
 */
export function usePlanSnapshot (doc: Y.Doc | null): PlanSnapshot {
  const [snapshot, setSnapshot] = useState<PlanSnapshot>(() => doc ? readPlan(doc) : EMPTY)
  useEffect(() => {
    if (!doc) return
    setSnapshot(readPlan(doc))
    let frame = 0
    const onUpdate = () => {
      if (frame) return
      frame = requestAnimationFrame(() => {
        frame = 0
        setSnapshot(readPlan(doc))
      })
    }
    doc.on('update', onUpdate)
    return () => {
      doc.off('update', onUpdate)
      if (frame) cancelAnimationFrame(frame)
    }
  }, [doc])
  return snapshot
}
