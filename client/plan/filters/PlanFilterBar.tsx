import { useId, useMemo, useState } from 'react'
import { filterPlan, isFilterEmpty, type PlanFilter } from '../../../shared/plan/planFilter'
import { isItemStatus, itemStatuses, statusLabels } from '../../../shared/plan/planFields'
import type { PlanSnapshot } from '../../../shared/plan/planSnapshot'
import { usePlanFilters } from '../PlanFilters'
import { countItems, distinctValues, sectionOptions } from './filterOptions'
import { filterStrings } from './filterStrings'
import { FilterTextInput } from './FilterTextInput'

export interface PlanFilterBarProps {
  /** The whole plan (unfiltered): options and the «из M» count come from it. */
  snapshot: PlanSnapshot
  /**
   * One line inside the plan's toolbar: the search, the count and «Фильтры»,
   * which opens the other filters. Keeps the first plan row high on a laptop.
   */
  compact?: boolean
}

/**
 * The filters of the plan, above the table and the timeline alike. The filter
 * lives in PlanFiltersProvider, so switching views keeps it.
 */
export function PlanFilterBar ({ snapshot, compact = false }: PlanFilterBarProps) {
  const { filter, setFilter } = usePlanFilters()
  const narrowed = filterCount(filter)
  // Opened by the person, or because a filter is set (switching tabs must not hide an active filter).
  const [opened, setOpened] = useState(narrowed > 0)
  const expanded = !compact || opened
  const moreId = useId()
  const sectionId = useId()
  const statusId = useId()
  const sections = useMemo(() => sectionOptions(snapshot), [snapshot])
  const total = useMemo(() => countItems(snapshot), [snapshot])
  const shown = useMemo(() => countItems(filterPlan(snapshot, filter)), [snapshot, filter])
  const update = (change: Partial<PlanFilter>) => setFilter({ ...filter, ...change })
  // A section deleted while selected stays visible in the select, so the empty result explains itself.
  const missingSection = filter.section && !sections.some(section => section.id === filter.section)

  return (
    <div className={`filter-bar${compact ? ' filter-bar--compact' : ''}${expanded ? ' is-expanded' : ''}`}
      role="search" aria-label={filterStrings.barLabel} data-testid="plan-filter-bar">
      {compact && (
        <>
          <FilterTextInput label={filterStrings.text} value={filter.text ?? ''} type="search" hideLabel
            placeholder={filterStrings.textPlaceholderCompact} testId="filter-text" onChange={text => update({ text })} />
          <button type="button" className="button button--secondary filter-bar__toggle" aria-expanded={expanded}
            aria-controls={moreId} data-testid="filter-toggle" onClick={() => setOpened(!opened)}>
            {filterStrings.more(narrowed)}
          </button>
        </>
      )}
      <div id={moreId} className="filter-bar__more" hidden={!expanded}>
      <div className="filter-bar__field filter-bar__field--section">
        <label className="field__label" htmlFor={sectionId}>{filterStrings.section}</label>
        <select
          id={sectionId}
          className="select"
          value={filter.section ?? ''}
          data-testid="filter-section"
          onChange={event => update({ section: event.target.value || undefined })}
        >
          <option value="">{filterStrings.allSections}</option>
          {sections.map(section => <option key={section.id} value={section.id}>{section.label}</option>)}
          {missingSection && <option value={filter.section}>{filterStrings.missingSection}</option>}
        </select>
      </div>
      <FilterTextInput label={filterStrings.audience} value={filter.audience ?? ''} suggest={() => distinctValues(snapshot, 'audience')}
        testId="filter-audience" onChange={audience => update({ audience })} />
      <FilterTextInput label={filterStrings.responsible} value={filter.responsible ?? ''} suggest={() => distinctValues(snapshot, 'responsible')}
        testId="filter-responsible" onChange={responsible => update({ responsible })} />
      <FilterTextInput label={filterStrings.organisation} value={filter.organisation ?? ''} suggest={() => distinctValues(snapshot, 'organisation')}
        testId="filter-organisation" onChange={organisation => update({ organisation })} />
      <div className="filter-bar__field">
        <label className="field__label" htmlFor={statusId}>{filterStrings.status}</label>
        <select
          id={statusId}
          className="select"
          value={filter.status ?? ''}
          data-testid="filter-status"
          onChange={event => update({ status: isItemStatus(event.target.value) ? event.target.value : undefined })}
        >
          <option value="">{filterStrings.anyStatus}</option>
          {itemStatuses.map(status => <option key={status} value={status}>{statusLabels[status]}</option>)}
        </select>
      </div>
      {!compact && <FilterTextInput label={filterStrings.text} value={filter.text ?? ''} type="search"
        placeholder={filterStrings.textPlaceholder} testId="filter-text" onChange={text => update({ text })} />}
      </div>
      <div className="filter-bar__summary">
        <span className="filter-bar__count" data-testid="filter-count" aria-live="polite">{filterStrings.shown(shown, total)}</span>
        <button
          type="button"
          className="button button--secondary"
          title={filterStrings.resetHint}
          disabled={isFilterEmpty(filter)}
          data-testid="filter-reset"
          onClick={() => setFilter({})}
        >
          {filterStrings.reset}
        </button>
      </div>
    </div>
  )
}

/** How many filters other than the search narrow the plan («Фильтры (2)»). */
function filterCount (filter: PlanFilter): number {
  return [filter.section, filter.audience, filter.responsible, filter.organisation, filter.status].filter(Boolean).length
}
