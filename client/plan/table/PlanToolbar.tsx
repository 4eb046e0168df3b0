import type { ReactNode } from 'react'
import { KeysHelp } from './KeysHelp'
import { planStrings } from './planStrings'

export interface PlanToolbarProps {
  canWrite: boolean
  /** The plan is empty: the empty state offers «Добавить раздел» and «Импорт» instead. */
  empty: boolean
  problemCount: number
  problemsOpen: boolean
  onToggleProblems: () => void
  onAddSection: () => void
  onAddItem: () => void
  onImport: () => void
  /** The compact filter bar, in the same row (one toolbar row above the table). */
  filters?: ReactNode
  /** «Заголовок ▾»: the plan's own title, folded. */
  title?: ReactNode
}

/** Above the table: adding, importing, the problems count and the keys help. */
export function PlanToolbar (props: PlanToolbarProps) {
  const { canWrite, empty, problemCount, problemsOpen } = props
  return (
    <div className="plan-toolbar" role="toolbar" aria-label={planStrings.toolbarLabel}>
      {canWrite && !empty && (
        <>
          <button type="button" className="button button--primary" data-testid="plan-add-item" onClick={props.onAddItem}>{planStrings.addItem}</button>
          <button type="button" className="button button--secondary" data-testid="plan-add-section" onClick={props.onAddSection}>{planStrings.addSection}</button>
          <button type="button" className="button button--secondary" data-testid="plan-import" onClick={props.onImport}>{planStrings.importButton}</button>
        </>
      )}
      {props.filters}
      <span className="plan-toolbar__spacer" />
      {props.title}
      {!empty && (
        <button
          type="button"
          className={`button button--secondary plan-problems-button${problemCount > 0 ? ' has-problems' : ''}`}
          aria-expanded={problemsOpen}
          data-testid="plan-problems"
          onClick={props.onToggleProblems}
        >{planStrings.problems(problemCount)}</button>
      )}
      <KeysHelp canWrite={canWrite} />
    </div>
  )
}
