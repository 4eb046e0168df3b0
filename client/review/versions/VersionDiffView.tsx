import type { VersionInfo } from '../../../shared/review/versionModel'
import { formatMoscowDateTime } from '../formatMoscowDateTime'
import { reviewStrings } from '../reviewStrings'
import { useLoaded } from './useLoaded'
import { diffVersion } from './versionsApi'
import { PlanDiffList } from './PlanDiffList'
import { ReportDiffList } from './ReportDiffList'

export interface VersionDiffViewProps {
  boardId: string
  from: VersionInfo
  /** Another version, or the live board. */
  to: VersionInfo | 'current'
}

const s = reviewStrings.versions

/** What changed between a version and the live board or another version: plan items field by field, report paragraphs by section. */
export function VersionDiffView ({ boardId, from, to }: VersionDiffViewProps) {
  const toId = to === 'current' ? 'current' : to.id
  const diff = useLoaded(`${boardId}/${from.id}/${toId}`, () => diffVersion(boardId, from.id, toId))
  const planEmpty = diff.status === 'ok' && diff.data.plan.added.length + diff.data.plan.removed.length + diff.data.plan.changed.length + (diff.data.plan.moved?.length ?? 0) === 0
  return (
    <section className="version-diff" data-testid="version-diff">
      <h3 className="version-view__title">{s.diffTitle(from.name, to === 'current' ? s.current : to.name)}</h3>
      {diff.status === 'loading' && <p className="page-status">{s.loading}</p>}
      {diff.status === 'error' && <p className="notice notice--error" role="alert">{diff.message}</p>}
      {diff.status === 'ok' && (
        <>
          {diff.data.from && diff.data.to && <p className="muted" data-testid="version-diff-when">{s.diffWhen(formatMoscowDateTime(diff.data.from.at), formatMoscowDateTime(diff.data.to.at))}</p>}
          {diff.data.authors && (
            <p className="version-diff__authors" data-testid="version-diff-authors">
              {diff.data.authors.length > 0 ? s.diffAuthors(diff.data.authors.map(a => a.name).join(', ')) : s.diffNoAuthors}
            </p>
          )}
          <h4>{s.plan}</h4>
          {planEmpty ? <p className="muted">{s.noChanges}</p> : <PlanDiffList plan={diff.data.plan} />}
          <h4>{s.report}</h4>
          {diff.data.report.length === 0 ? <p className="muted">{s.noChanges}</p> : <ReportDiffList report={diff.data.report} />}
        </>
      )}
    </section>
  )
}
