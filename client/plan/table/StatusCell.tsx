import type { MouseEvent } from 'react'
import { itemStatuses, statusLabels, type ItemStatus } from '../../../shared/plan/planFields'
import type { RowCommand } from './planKeyAction'
import { planStrings } from './planStrings'
import { RowActions } from './RowActions'
import { AnnotateRowButton } from '../../review/plan/AnnotateRowButton'

export interface StatusCellProps {
  nodeId: string
  number: string
  column: number
  status: ItemStatus
  active: boolean
  /** The row is selected: its action buttons show here. */
  rowActive: boolean
  canWrite: boolean
  /** The status may change (on an agreed plan too, where row actions are locked). */
  canWriteStatus?: boolean
  expanded: boolean
  outcomeFilled: boolean
  outcomeProblem: boolean
  onMouseDown: (nodeId: string, column: number, event: MouseEvent) => void
  onStatus: (nodeId: string, status: ItemStatus) => void
  onToggleOutcome: (nodeId: string) => void
  onCommand: (command: RowCommand, nodeId: string) => void
  /** The row is selected and the role may annotate: «Замечание» under the row's actions, never over its text. */
  onAnnotate?: () => void
}

/** «Статус»: the select, the «Итоги» toggle, and the selected row's actions and «Замечание». */
export function StatusCell (props: StatusCellProps) {
  const { nodeId, number, column, status, active, rowActive, canWrite, expanded } = props
  return (
    <td
      className={`plan-cell plan-cell--status${active ? ' is-active' : ''}`}
      tabIndex={active ? 0 : -1}
      data-testid="plan-cell-status"
      data-plan-cell="status"
      onMouseDown={event => props.onMouseDown(nodeId, column, event)}
    >
      <select
        className={`plan-status is-${status}`}
        value={status}
        disabled={!(props.canWriteStatus ?? canWrite)}
        aria-label={planStrings.row.statusLabel(number)}
        data-testid="plan-status"
        data-plan-status=""
        tabIndex={-1}
        onChange={event => props.onStatus(nodeId, event.target.value as ItemStatus)}
      >
        {itemStatuses.map(value => <option key={value} value={value}>{statusLabels[value]}</option>)}
      </select>
      <button
        type="button"
        className={`plan-outcome-toggle${props.outcomeProblem ? ' has-error' : ''}`}
        aria-expanded={expanded}
        data-testid="plan-outcome-toggle"
        tabIndex={-1}
        onMouseDown={event => event.stopPropagation()}
        onClick={() => props.onToggleOutcome(nodeId)}
      >
        {props.outcomeFilled ? planStrings.row.outcomeFilled : planStrings.row.outcome} {expanded ? '▴' : '▾'}
      </button>
      {rowActive && canWrite && <RowActions nodeId={nodeId} number={number} kind="item" onCommand={props.onCommand} />}
      {props.onAnnotate && <AnnotateRowButton onAnnotate={props.onAnnotate} />}
    </td>
  )
}
