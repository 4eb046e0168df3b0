import type { PlanProblem } from '../../../shared/plan/validatePlan'

/** The Russian messages under a cell with a problem (never blocking: the text stays editable). */
export function CellProblems ({ problems }: { problems: readonly PlanProblem[] }) {
  if (problems.length === 0) return null
  return (
    <ul className="plan-cell__problems">
      {problems.map((problem, index) => (
        <li key={index} className={`plan-cell__problem is-${problem.severity}`} data-testid="plan-cell-problem">{problem.message}</li>
      ))}
    </ul>
  )
}
