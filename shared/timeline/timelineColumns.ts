/**
 * The month columns of an academic year's timeline, September → August, each
 * as wide as it has days: a bar drawn from a day's position then sits under
 * the right header (equal-width columns would let a 31-day month's bars
 * drift against a 28-day month's).
 */
import type { AcademicYear } from '../academicYear'
import { academicMonths } from '../timing/monthNames'
import { daysInMonth, splitYearMonth, yearMonth } from '../timing/yearMonth'

/**
 * The August before the year holds little more than the pedagogical council
 * that opens it, so it is drawn at half its days: present when used, without
 * taking a full month's room from the year itself.
 */
export const LEADING_MONTH_SCALE = 0.5

export interface TimelineColumn {
  /** "YYYY-MM". */
  month: string
  days: number
  /** Left edge and width in layout units: one unit is one day of a full-scale month. */
  start: number
  width: number
  /** The August before the year. */
  leading: boolean
}

export function timelineColumns (year: AcademicYear, withLeadingMonth: boolean): TimelineColumn[] {
  const months = academicMonths(year)
  if (withLeadingMonth) months.unshift(leadingMonth(year))
  let start = 0
  return months.map((month, index) => {
    const { year: calendarYear, month: number } = splitYearMonth(month)
    const days = daysInMonth(calendarYear, number)
    const leading = withLeadingMonth && index === 0
    const width = leading ? days * LEADING_MONTH_SCALE : days
    const column = { month, days, start, width, leading }
    start += width
    return column
  })
}

/** "YYYY-08" of the August before the year. */
export function leadingMonth (year: AcademicYear): string {
  return yearMonth(year.startYear, 8)
}
