/**
 * How the timeline understood a «Сроки проведения», in words, shown under the
 * field in the item's card: a person typing «окт - дек» sees at once whether
 * it was read as they meant.
 */
import type { AcademicYear } from '../../../shared/academicYear'
import { formatMonthRange } from '../../../shared/timing/formatTiming'
import type { DayRange, Schedule } from '../../../shared/timing/schedule'

const wholeYear = 'весь учебный год'

/** Null when nothing was understood. */
export function describeSchedule (schedule: Schedule, year: AcademicYear): string | null {
  if (schedule.unparsed) return null
  const parts: string[] = []
  if (schedule.recurrence) parts.push(schedule.recurrence.text)
  if (schedule.dayRanges.length > 0) {
    parts.push(schedule.dayRanges.map(formatDayRange).join(', '))
  } else if (schedule.kind === 'wholeYear') {
    parts.push(wholeYear)
  } else if (schedule.ranges.length > 0) {
    parts.push(schedule.ranges.map(range => formatMonthRange(range.start, range.end, year)).join(', '))
  }
  if (schedule.external) parts.push(schedule.external)
  return parts.join('; ')
}

function formatDayRange ({ start, end }: DayRange): string {
  return start === end ? russianDate(start) : `${russianDate(start)} – ${russianDate(end)}`
}

/** "2023-10-10" → "10.10.2023". */
export function russianDate (day: string): string {
  return `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`
}
