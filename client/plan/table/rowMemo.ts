/**
 * Cheap equality for the memoised rows. The snapshot is rebuilt as new
 * objects on every change, so identity says nothing; comparing the few
 * strings a row shows lets a keystroke in one cell re-render one row.
 */
import { planTextFields } from '../../../shared/plan/planFields'
import type { PlanNode } from '../../../shared/plan/planSnapshot'
import type { PlanProblem } from '../../../shared/plan/validatePlan'
import type { RowPresence } from './rowPresence'

export function sameRowContent (a: PlanNode, b: PlanNode): boolean {
  if (a === b) return true
  if (a.id !== b.id || a.number !== b.number || a.depth !== b.depth || a.kind !== b.kind || a.status !== b.status) return false
  for (const field of planTextFields) if (a.fields[field] !== b.fields[field]) return false
  return true
}

export function sameProblems (a: readonly PlanProblem[] | undefined, b: readonly PlanProblem[] | undefined): boolean {
  if (a === b) return true
  if ((a?.length ?? 0) !== (b?.length ?? 0)) return false
  return (a ?? []).every((p, i) => p.field === b![i].field && p.severity === b![i].severity && p.message === b![i].message)
}

export function samePresence (a: readonly RowPresence[] | undefined, b: readonly RowPresence[] | undefined): boolean {
  if (a === b) return true
  if ((a?.length ?? 0) !== (b?.length ?? 0)) return false
  return (a ?? []).every((p, i) => p.clientId === b![i].clientId && p.field === b![i].field && p.name === b![i].name && p.color === b![i].color)
}
