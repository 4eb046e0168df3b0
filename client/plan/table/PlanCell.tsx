import { planStrings } from './planStrings'
import { useRef, type FocusEvent, type MouseEvent } from 'react'
import type * as Y from 'yjs'
import type { PlannedField } from '../../../shared/plan/planFields'
import type { PlanProblem } from '../../../shared/plan/validatePlan'
import { CellEditor } from './CellEditor'
import { CellInputCatcher } from './CellInputCatcher'
import { CellText } from './CellText'
import { CellProblems } from './CellProblems'
import type { RowPresence } from './rowPresence'
import type { CellSuggestion } from '../../review/plan/rowAnnotations'
import { CellSuggestionNote } from '../../review/plan/CellSuggestionNote'

export interface PlanCellProps {
  doc: Y.Doc
  nodeId: string
  field: PlannedField
  column: number
  label: string
  value: string
  active: boolean
  editing: boolean
  problems: readonly PlanProblem[]
  /** Others whose cursor is on this very cell. */
  others: readonly RowPresence[]
  colSpan?: number
  /** Merged with the cell above: shows the shared value (held by the run's first cell), greyed, not edited here. */
  mergedUp?: boolean
  /** Focusable with Tab although not active (the table's entry point while nothing is selected). */
  tabStop?: boolean
  /** An open annotation thread is attached to this very cell. */
  annotated?: boolean
  /** A pending suggestion for this cell: shown under the text, old words struck through. */
  suggestion?: CellSuggestion
  /** Selected, writable and not being edited: typing here (keys, IME, dictation) replaces the text. */
  catchInput?: boolean
  onTypeText?: (nodeId: string, column: number, text: string) => void
  onMouseDown: (nodeId: string, column: number, event: MouseEvent) => void
  onDoubleClick: (nodeId: string, column: number) => void
  onEditorBlur: (event: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => void
}

/**
 * One text cell: its text, or the editor while it is being edited. Cells are
 * focusable one at a time (roving tabindex), so the keyboard moves between
 * them as in a spreadsheet.
 */
export function PlanCell (props: PlanCellProps) {
  const { doc, nodeId, field, column, label, value, active, editing, problems, others, colSpan, tabStop = false, annotated = false } = props
  const catcher = useRef<HTMLTextAreaElement | null>(null)
  const catchInput = (props.catchInput ?? false) && !editing && !props.mergedUp && props.onTypeText !== undefined
  // A problem of the whole row (field null) is told under the title but not
  // outlined: the outline means «this cell's text needs attention».
  const own = problems.filter(p => p.field !== null)
  const error = own.some(p => p.severity === 'error')
  const classes = ['plan-cell', `plan-cell--${field}`,
    active ? 'is-active' : '', editing ? 'is-editing' : '',
    own.length > 0 ? (error ? 'has-error' : 'has-warning') : '',
    others.length > 0 ? 'has-others' : '', annotated ? 'has-annotation' : '', props.mergedUp ? 'is-merged-up' : ''].filter(Boolean).join(' ')
  return (
    <td
      className={classes}
      colSpan={colSpan}
      tabIndex={(active && !editing) || tabStop ? 0 : -1}
      data-testid={`plan-cell-${field}`}
      data-plan-cell={field}
      data-annotated={annotated || undefined}
      aria-invalid={own.length > 0 || undefined}
      title={props.mergedUp ? planStrings.mergedUp : problems.map(p => p.message).join('\n') || undefined}
      data-merged-up={props.mergedUp || undefined}
      style={others.length > 0 ? { ['--cell-presence' as string]: others[0].color } : undefined}
      onMouseDown={event => props.onMouseDown(nodeId, column, event)}
      onDoubleClick={() => props.onDoubleClick(nodeId, column)}
      // The keyboard rests in the catcher (it alone can take IME and dictation), wherever focus reaches the cell from.
      onFocus={event => { if (event.target === event.currentTarget) catcher.current?.focus({ preventScroll: true }) }}
    >
      {editing && !props.mergedUp
        ? <CellEditor doc={doc} nodeId={nodeId} field={field} label={label} onBlur={props.onEditorBlur} />
        : <CellText text={value} bullets={field === 'expectedResult'} />}
      {catchInput && <CellInputCatcher label={label} value={value} catcherRef={catcher} onText={text => props.onTypeText?.(nodeId, column, text)} />}
      {!editing && props.suggestion && <CellSuggestionNote suggestion={props.suggestion} />}
      <CellProblems problems={problems} />
    </td>
  )
}
