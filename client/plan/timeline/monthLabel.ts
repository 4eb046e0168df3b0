import { monthNominative } from '../../../shared/timing/monthNames'
import { splitYearMonth } from '../../../shared/timing/yearMonth'
import type { TimelineWindow } from '../../../shared/timeline/timelineLayout'

/** "2023-10" → «октябрь 2023». */
function monthLabel (month: string): string {
  const { year, month: number } = splitYearMonth(month)
  return `${monthNominative[number - 1]} ${year}`
}

/** "2023-10" → «октябрь». */
export function monthName (month: string): string {
  return monthNominative[splitYearMonth(month).month - 1]
}

/** What a window shows: «декабрь 2023 – февраль 2024», «октябрь 2023». */
export function windowLabel (view: TimelineWindow): string {
  const first = view.columns[0]?.month
  const last = view.columns[view.columns.length - 1]?.month
  if (!first || !last) return ''
  return first === last ? monthLabel(first) : `${monthLabel(first)} – ${monthLabel(last)}`
}
