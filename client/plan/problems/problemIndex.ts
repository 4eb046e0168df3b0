/**
 * The plan's problems arranged for display: by row for the inline marks, and
 * in table order (row, then column) for the «Проблемы» panel.
 */
import type { PlanTextField } from '../../../shared/plan/planFields'
import type { PlanProblem } from '../../../shared/plan/validatePlan'

export function problemsByNode (problems: readonly PlanProblem[]): Map<string, PlanProblem[]> {
  const byNode = new Map<string, PlanProblem[]>()
  for (const problem of problems) {
    const list = byNode.get(problem.nodeId)
    if (list) list.push(problem)
    else byNode.set(problem.nodeId, [problem])
  }
  return byNode
}

/**
 * Problems of one cell. A problem of the whole row (field null, e.g. a
 * number repeated in the source) is shown on the title, where the eye starts.
 */
export function cellProblems (problems: readonly PlanProblem[] | undefined, field: PlanTextField | 'status'): PlanProblem[] {
  if (!problems) return []
  return problems.filter(p => p.field === field || (field === 'title' && p.field === null))
}

const fieldOrder: ReadonlyArray<PlanTextField | null> = [null, 'title', 'timing', 'audience', 'expectedResult', 'responsible', 'organisation',
  'actualDate', 'participants', 'actualContent', 'deviationReason', 'managementAction']

/** Problems in the order of the rows (`rowOrder`: node ids top to bottom); unknown rows (orphans) last. */
export function sortProblems (problems: readonly PlanProblem[], rowOrder: readonly string[]): PlanProblem[] {
  const position = new Map(rowOrder.map((id, index) => [id, index]))
  const rank = (p: PlanProblem) => position.get(p.nodeId) ?? rowOrder.length
  return [...problems].sort((a, b) => rank(a) - rank(b) || fieldOrder.indexOf(a.field) - fieldOrder.indexOf(b.field))
}
