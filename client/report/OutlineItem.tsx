import { sectionTitle } from '../../shared/report/reportDoc'
import type { PresenceUser } from '../sync/useDocConnection'
import { PresenceInitials } from './PresenceInitials'
import { displayNumber, type OutlineEntry } from './reportOutline'
import { reportStrings } from './reportStrings'
import { useYTextValue } from '../sync/useYTextValue'

export interface OutlineItemProps {
  entry: OutlineEntry
  users: PresenceUser[]
  current: boolean
  onSelect: (id: string) => void
}

/** One line of the outline: number, live title, and who is working in that section. */
export function OutlineItem ({ entry, users, current, onSelect }: OutlineItemProps) {
  const title = useYTextValue(sectionTitle(entry.section))
  return (
    <li className={`outline-item outline-item--depth-${Math.min(entry.depth, 2)}`}>
      <button
        type="button"
        className="outline-item__link"
        data-testid="outline-item"
        data-section-id={entry.id}
        data-number={entry.number}
        aria-current={current ? 'location' : undefined}
        onClick={() => onSelect(entry.id)}
      >
        <span className="outline-item__number">{displayNumber(entry)}</span>
        <span className="outline-item__title">{title || reportStrings.untitled}</span>
      </button>
      <PresenceInitials users={users} />
    </li>
  )
}
