import type { BoardMember } from '../../../shared/api'
import type { VersionInfo } from '../../../shared/review/versionModel'
import { formatMoscowDateTime } from '../formatMoscowDateTime'
import { reviewStrings } from '../reviewStrings'
import { shortPersonName } from './personName'

export interface VersionRowProps {
  version: VersionInfo
  members: readonly BoardMember[]
  canRestore: boolean
  /** Picked for a comparison of two versions. */
  picked: boolean
  onPick: (picked: boolean) => void
  onView: () => void
  onCompare: () => void
  onRestore: () => void
}

/** One version: name, kind, Moscow time, who saved it and whose edits it holds. */
export function VersionRow ({ version, members, canRestore, picked, onPick, onView, onCompare, onRestore }: VersionRowProps) {
  const s = reviewStrings.versions
  const authors = version.authors.map(login => shortPersonName(login, members))
  return (
    <li className={`version-row version-row--${version.kind}`} data-testid="version-row" data-version-id={version.id} data-kind={version.kind}>
      <div className="version-row__main">
        <input type="checkbox" className="version-row__pick" checked={picked} aria-label={`${s.pick}: ${version.name}`} data-testid="version-pick" onChange={event => onPick(event.target.checked)} />
        <span className="version-row__name">{version.name}</span>
        <span className={`version-kind version-kind--${version.kind}`}>{s.kind[version.kind]}</span>
      </div>
      <p className="version-row__meta">
        <time dateTime={version.createdAt}>{formatMoscowDateTime(version.createdAt)}</time>
        {' · '}{s.savedBy(shortPersonName(version.createdBy, members))}
        {' · '}{authors.length > 0 ? s.authors(authors.join(', ')) : s.noAuthors}
      </p>
      <div className="version-row__actions">
        <button type="button" className="button button--secondary" data-testid="version-open" onClick={onView}>{s.view}</button>
        <button type="button" className="button button--secondary" data-testid="version-compare-current" onClick={onCompare}>{s.compareCurrent}</button>
        {canRestore && <button type="button" className="button button--secondary" data-testid="version-restore" onClick={onRestore}>{s.restore}</button>}
      </div>
    </li>
  )
}
