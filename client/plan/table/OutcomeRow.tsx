import type { KeyboardEvent } from 'react'
import type * as Y from 'yjs'
import type { AcademicYear } from '../../../shared/academicYear'
import { fieldLabels, outcomeFields, type OutcomeField } from '../../../shared/plan/planFields'
import { nodeText, planNodes } from '../../../shared/plan/planDoc'
import type { PlanNode } from '../../../shared/plan/planSnapshot'
import type { PlanProblem } from '../../../shared/plan/validatePlan'
import { YTextField } from '../../sync/YTextField'
import { ActualDatePicker } from './ActualDatePicker'
import { CellProblems } from './CellProblems'
import { planStrings } from './planStrings'

export interface OutcomeRowProps {
  doc: Y.Doc
  node: PlanNode
  canWrite: boolean
  problems: readonly PlanProblem[] | undefined
  columns: number
  year: AcademicYear
}

/** Short fields sit side by side; the narrative ones take a whole line. */
const wide: ReadonlySet<OutcomeField> = new Set(['actualContent', 'deviationReason', 'managementAction'])

/** «Итоги» of one item, under its row: what actually happened, recorded through the year. */
export function OutcomeRow ({ doc, node, canWrite, problems, columns, year }: OutcomeRowProps) {
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
                {canWrite && text && field === 'actualDate' && (
                  <div className="plan-outcome__with-picker">
                    <YTextField id={id} text={text} readOnly={false} className="plan-outcome__input" data-testid={`plan-outcome-${field}`} data-plan-outcome="" />
                    <ActualDatePicker text={text} year={year} number={node.number} />
                  </div>
                )}
                {canWrite && text && field === 'participants' && (
                  // A number field that keeps whatever is typed (a wrong value is flagged, never dropped, as an <input type="number"> would).
                  <YTextField id={id} text={text} readOnly={false} className="plan-outcome__input plan-outcome__input--number" inputMode="numeric"
                    autoComplete="off" title={planStrings.participantsHint} data-testid={`plan-outcome-${field}`} data-plan-outcome=""
                    onKeyDown={event => stepCount(event, text)} />
                )}
                {canWrite && text && field !== 'actualDate' && field !== 'participants' && (
                  <YTextField id={id} text={text} readOnly={false} multiline className="plan-outcome__input" data-testid={`plan-outcome-${field}`} data-plan-outcome="" />
                )}
                {!(canWrite && text) && <div id={id} tabIndex={-1} className={`plan-outcome__text${node.fields[field] ? '' : ' is-empty'}`} data-testid={`plan-outcome-${field}`}>{node.fields[field] || planStrings.outcomeEmpty}</div>}
                <CellProblems problems={fieldProblems} />
              </div>
            )
          })}
        </section>
      </td>
    </tr>
  )
}

/** ↑ / ↓ in «Число участников» add or take one, as in a number field; a text that is not a count is left alone. */
function stepCount (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>, text: Y.Text): void {
  if ((event.key !== 'ArrowUp' && event.key !== 'ArrowDown') || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
  const current = text.toString().trim()
  if (!/^\d{0,7}$/.test(current)) return
  const next = Math.max(0, Number(current || '0') + (event.key === 'ArrowUp' ? 1 : -1))
  event.preventDefault()
  text.doc!.transact(() => {
    text.delete(0, text.length)
    text.insert(0, String(next))
  })
}
