/**
 * The inverse of parseTiming for the timeline: when someone drags a bar, the
 * item's «Сроки проведения» is rewritten as the shortest phrase that reads back
 * to the same months — «ноябрь – февраль», «ноябрь», and with a year only where
 * the calendar rule would place the month elsewhere («август 2023 г.» for the
 * August before 2023–2024).
 */
import type { AcademicYear } from '../academicYear'
import { monthNominative } from './monthNames'
import { parseTiming } from './parseTiming'
import { isInYearWindow, monthSerial, monthsInRange, splitYearMonth } from './yearMonth'

/**
 * `start` and `end` are "YYYY-MM" (swapped when given in reverse). `year` is the
 * board's academic year; without it, the year whose calendar places `end` where
 * it is (September–December → that year's first, January–August → second).
 */
export function formatMonthRange (start: string, end: string, year?: AcademicYear): string {
  const [from, to] = monthSerial(start) <= monthSerial(end) ? [start, end] : [end, start]
  const a = splitYearMonth(from)
  const b = splitYearMonth(to)
  const academicYear = year ?? { startYear: b.month >= 9 ? b.year : b.year - 1 }
  const single = from === to
  const name = (month: number): string => monthNominative[month - 1]
  const withYear = (y: number, month: number): string => `${name(month)} ${y} г.`

  // From the shortest to the fully explicit, which always reads back right.
  // A bar leaving the year's window always names a year: «май – октябрь» would
  // read back right by the forward rule, but no person would read it so.
  const inWindow = isInYearWindow(from, academicYear) && isInYearWindow(to, academicYear)
  const candidates = single
    ? [name(a.month), withYear(a.year, a.month)]
    : [
        `${name(a.month)} – ${name(b.month)}`,
        `${name(a.month)} – ${withYear(b.year, b.month)}`,
        `${withYear(a.year, a.month)} – ${withYear(b.year, b.month)}`,
      ]
  if (!inWindow) candidates.shift()
  const expected = monthsInRange(from, to).join()
  return candidates.find(text => parseTiming(text, academicYear).months.join() === expected)
    ?? candidates[candidates.length - 1]
}
