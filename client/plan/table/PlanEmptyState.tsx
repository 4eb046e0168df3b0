import { planStrings } from './planStrings'

export interface PlanEmptyStateProps {
  canWrite: boolean
  onAddSection: () => void
  onImport: () => void
}

/** An empty plan: what to do first (or, for readers, that there is nothing yet). */
export function PlanEmptyState ({ canWrite, onAddSection, onImport }: PlanEmptyStateProps) {
  return (
    <div className="empty-state plan-empty" data-testid="plan-empty">
      <p className="plan-empty__title">{planStrings.empty.title}</p>
      <p>{canWrite ? planStrings.empty.writer : planStrings.empty.reader}</p>
      {canWrite && (
        <div className="plan-empty__actions">
          <button type="button" className="button button--primary" data-testid="plan-add-section" onClick={onAddSection}>{planStrings.addSection}</button>
          <button type="button" className="button button--secondary" data-testid="plan-import" onClick={onImport}>{planStrings.importButton}</button>
        </div>
      )}
    </div>
  )
}
