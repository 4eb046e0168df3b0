import { fieldLabels } from '../../../shared/plan/planFields'
import type { PlanNode } from '../../../shared/plan/planSnapshot'
import type { PlanProblem } from '../../../shared/plan/validatePlan'
import { planStrings } from '../table/planStrings'

export interface ProblemsPanelProps {
  /** Already in table order. */
  problems: readonly PlanProblem[]
  nodes: ReadonlyMap<string, PlanNode>
  onSelect: (problem: PlanProblem) => void
}

/** «Проблемы»: every problem of the plan, one line each; a click takes you to the cell. */
export function ProblemsPanel ({ problems, nodes, onSelect }: ProblemsPanelProps) {
  const text = planStrings.problemsPanel
  return (
    <section className="plan-problems" data-testid="plan-problems-panel" aria-label={text.title}>
      {problems.length === 0
        ? <p className="muted">{text.none}</p>
        : (
          <ul className="plan-problems__list">
            {problems.map((problem, index) => {
              const node = nodes.get(problem.nodeId)
              const where = node?.number || text.orphan
              const field = problem.field ? fieldLabels[problem.field] : text.wholeRow
              return (
                <li key={index}>
                  <button type="button" className={`plan-problems__item is-${problem.severity}`} data-testid="plan-problem" onClick={() => onSelect(problem)}>
                    <span className="plan-problems__severity">{problem.severity === 'error' ? text.error : text.warning}</span>
                    <span className="plan-problems__where">{where} · {field}</span>
                    <span className="plan-problems__message">{problem.message}</span>
                  </button>
                </li>
              )
            })}
          </ul>
          )}
    </section>
  )
}
