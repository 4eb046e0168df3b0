import { useMemo, useRef } from 'react'
import type { AcademicYear } from '../../../shared/academicYear'
import { filterPlan, isFilterEmpty, type PlanFilter } from '../../../shared/plan/planFilter'
import type { PlanSnapshot } from '../../../shared/plan/planSnapshot'
import { timelineColumns, type TimelineColumn } from '../../../shared/timeline/timelineColumns'
import { buildTimeline, usesLeadingMonth, type TimelineModel } from '../../../shared/timeline/timelineModel'
import { parseTiming } from '../../../shared/timing/parseTiming'
import type { Schedule } from '../../../shared/timing/schedule'

/** Enough for any real plan's distinct phrases; past it the cache starts afresh rather than growing for ever. */
const CACHE_LIMIT = 5000

export interface TimelineView {
  /** What is shown: the filtered plan. */
  model: TimelineModel
  /** The year's columns: from the whole plan, so filtering never adds or removes the leading August. */
  columns: TimelineColumn[]
}

/**
 * The timeline of the plan under the filter. The snapshot is rebuilt on every
 * keystroke anyone makes, so timings are parsed once per distinct phrase and
 * remembered, not re-parsed for every item each time.
 */
export function useTimelineModel (snapshot: PlanSnapshot, filter: PlanFilter, year: AcademicYear): TimelineView {
  const cache = useRef<{ startYear: number; schedules: Map<string, Schedule> }>({ startYear: year.startYear, schedules: new Map() })
  const parse = useMemo(() => (raw: string, y: AcademicYear): Schedule => {
    if (cache.current.startYear !== y.startYear || cache.current.schedules.size > CACHE_LIMIT) {
      cache.current = { startYear: y.startYear, schedules: new Map() }
    }
    const known = cache.current.schedules.get(raw)
    if (known) return known
    const schedule = parseTiming(raw, y)
    cache.current.schedules.set(raw, schedule)
    return schedule
  }, [])
  const full = useMemo(() => buildTimeline(snapshot, year, parse), [snapshot, year, parse])
  const leading = usesLeadingMonth(full, year)
  const columns = useMemo(() => timelineColumns(year, leading), [year, leading])
  const model = useMemo(() => {
    const built = buildTimeline(filterPlan(snapshot, filter), year, parse)
    return keepsEmptySections(filter) ? built : { ...built, lanes: built.lanes.filter(lane => lane.rows.length + lane.unscheduledCount > 0) }
  }, [snapshot, filter, year, parse])
  return { model, columns }
}

/**
 * filterPlan keeps a section with no matching item unless a text was searched
 * (then only when its title matches). An empty lane on a chart filtered by
 * status or responsible says nothing, so the timeline drops those; with the
 * section filter alone, or a text found in a section's title, the lane stays.
 */
function keepsEmptySections (filter: PlanFilter): boolean {
  return Boolean(filter.text?.trim()) || isFilterEmpty({ ...filter, section: undefined })
}
