import type * as Y from 'yjs'
import { readPlan, type PlanSnapshot } from '../../shared/plan/planSnapshot'
import { useDocSnapshot } from '../sync/useDocSnapshot'

const EMPTY: PlanSnapshot = { sections: [], orphans: [] }

/** The numbered plan, rebuilt at most once per frame. */
export function usePlanSnapshot (doc: Y.Doc | null): PlanSnapshot {
  return useDocSnapshot(doc, readPlan, EMPTY)
}
