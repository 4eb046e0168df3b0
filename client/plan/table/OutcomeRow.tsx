import type * as Y from 'yjs'
import { fieldLabels, outcomeFields, type OutcomeField } from '../../../shared/plan/planFields'
import { nodeText, planNodes } from '../../../shared/plan/planDoc'
import type { PlanNode } from '../../../shared/plan/planSnapshot'
import type { PlanProblem } from '../../../shared/plan/validatePlan'
import { YTextField } from '../../sync/YTextField'
import { CellProblems } from './CellProblems'
import { planStrings } from './planStrings'

export interface OutcomeRowProps {
  doc: Y.Doc
  node: PlanNode
  canWrite: boolean
  problems: readonly PlanProblem[] | undefined
  columns: number
}

/** Short fields sit side by side; the narrative ones take a whole line. */
const wide: ReadonlySet<OutcomeField> = new Set(['actualContent', 'deviationReason', 'managementAction'])

/** «Итоги» of one item, under its row: what actually happened, recorded through the year. */
export function OutcomeRow ({ doc, node, canWrite, problems, columns }: OutcomeRowProps) {
  const yNode = planNodes(doc).get(node.id)
  return (
    <tr className="plan-outcome-row" data-testid="plan-outcome" data-node-id={node.id}>
      <td colSpan={columns}>
        <section className="plan-outcome" aria-label={planStrings.outcomeTitle(node.number)}>
          {outcomeFields.map(field => {
            const text = yNode ? nodeText(yNode, field) : null
            const fieldProblems = problems?.filter(p => p.field === field) ?? []
            const id = `outcome-${node.id}-${field}`
            return (
              <div key={field} className={`plan-outcome__field${wide.has(field) ? ' is-wide' : ''}${fieldProblems.length > 0 ? ' has-error' : ''}`}>
                <label className="plan-outcome__label" htmlFor={id}>{fieldLabels[field]}</label>
                {canWrite && text
                  ? <YTextField id={id} text={text} readOnly={false} multiline className="plan-outcome__input" data-testid={`plan-outcome-${field}`} data-plan-outcome="" />
                  : <div id={id} tabIndex={-1} className={`plan-outcome__text${node.fields[field] ? '' : ' is-empty'}`} data-testid={`plan-outcome-${field}`}>{node.fields[field] || planStrings.outcomeEmpty}</div>}
                <CellProblems problems={fieldProblems} />
              </div>
            )
          })}
        </section>
      </td>
    </tr>
  )
}
