import type { AnchorIndex } from '../anchorIndex'
import { reviewStrings } from '../reviewStrings'
import { ThreadStatusFilter, type ThreadFilter } from '../threadFilter'

export interface ThreadFiltersProps {
  filter: ThreadFilter
  sections: AnchorIndex['sections']
  onChange: (filter: ThreadFilter) => void
}

/** открытые / решённые / все, «мои», and the section. */
export function ThreadFilters ({ filter, sections, onChange }: ThreadFiltersProps) {
  const s = reviewStrings.filters
  return (
    <fieldset className="thread-filters" aria-label={s.label}>
      <div className="thread-filters__status" role="group" aria-label={s.status}>
        {Object.values(ThreadStatusFilter).map(status => (
          <button
            key={status}
            type="button"
            className={`thread-filters__chip${filter.status === status ? ' is-active' : ''}`}
            aria-pressed={filter.status === status}
            data-testid={`thread-filter-${status}`}
            onClick={() => onChange({ ...filter, status })}
          >{s[status]}</button>
        ))}
        <label className="thread-filters__mine">
          <input type="checkbox" checked={filter.mine} data-testid="thread-filter-mine" onChange={event => onChange({ ...filter, mine: event.target.checked })} />
          {s.mine}
        </label>
      </div>
      <label className="thread-filters__section">
        <span className="visually-hidden">{s.section}</span>
        <select value={filter.section ?? ''} data-testid="thread-filter-section" onChange={event => onChange({ ...filter, section: event.target.value || null })}>
          <option value="">{s.allSections}</option>
          {sections.map(section => <option key={section.key} value={section.key}>{section.label}</option>)}
        </select>
      </label>
    </fieldset>
  )
}
