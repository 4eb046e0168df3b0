import { academicYearKey } from '../../shared/academicYear'

/** The district centres work on Moscow time, whatever the browser's zone. */
const timeZone = 'Europe/Moscow'
const september = 9

/**
 * The academic year under way at `now` in Moscow, as "2023-2024": from
 * 1 September it is this year–next year, before that last year–this year.
 */
export function currentAcademicYear (now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric' }).formatToParts(now)
  const year = Number(parts.find(p => p.type === 'year')?.value)
  const month = Number(parts.find(p => p.type === 'month')?.value)
  return academicYearKey({ startYear: month >= september ? year : year - 1 })
}
