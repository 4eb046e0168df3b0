/**
 * Places a month or a day written without (or with) a year onto the calendar of
 * an academic year. The rules, from the domain:
 * - September–December fall in the first calendar year, January–August in the second;
 * - an explicit year wins over the rule;
 * - a range always runs forward: where the rule would make it run backwards
 *   («август – октябрь»), its start moves to the year before (August before the year);
 * - a range with a year only on one end takes the other end's year from it
 *   («ноябрь – февраль 2024 г.» starts in November 2023).
 */
import type { AcademicYear } from '../academicYear'
import { defaultCalendarYear } from './monthNames'
import { daysInMonth } from './yearMonth'

/** A month, or a day of a month, as written; `year` only when written. */
export interface CalendarRef {
  month: number
  day?: number
  year?: number
}

export interface PlacedRef {
  year: number
  month: number
  day?: number
}

// Longer spans are almost surely typos of a year («2032»): reading them would
// draw decades of bars, so they are not read at all.
const maxSpanMonths = 60

function placeRef (ref: CalendarRef, year: AcademicYear): PlacedRef {
  return { ...ref, year: ref.year ?? defaultCalendarYear(ref.month, year) }
}

/** Undefined when the span is impossible: an explicit end before an explicit start, a bad day, too long. */
export function placeRange (from: CalendarRef, to: CalendarRef, year: AcademicYear): { start: PlacedRef; end: PlacedRef } | undefined {
  const fromKey = orderKey(from)
  const toKey = orderKey(to)
  let start: PlacedRef
  let end: PlacedRef
  if (from.year !== undefined && to.year !== undefined) {
    start = { ...from, year: from.year }
    end = { ...to, year: to.year }
  } else if (to.year !== undefined) {
    end = { ...to, year: to.year }
    start = { ...from, year: fromKey <= toKey ? to.year : to.year - 1 }
  } else if (from.year !== undefined) {
    start = { ...from, year: from.year }
    end = { ...to, year: toKey >= fromKey ? from.year : from.year + 1 }
  } else {
    start = placeRef(from, year)
    end = placeRef(to, year)
    if (serial(end) < serial(start)) start = { ...start, year: start.year - 1 }
  }
  if (serial(end) < serial(start)) return undefined
  if ((end.year - start.year) * 12 + end.month - start.month > maxSpanMonths) return undefined
  if (!validDay(start) || !validDay(end)) return undefined
  return { start, end }
}

function validDay (ref: PlacedRef): boolean {
  return ref.day === undefined || (ref.day >= 1 && ref.day <= daysInMonth(ref.year, ref.month))
}

function orderKey (ref: CalendarRef): number {
  return ref.month * 100 + (ref.day ?? 0)
}

function serial (ref: PlacedRef): number {
  return (ref.year * 12 + ref.month) * 100 + (ref.day ?? 0)
}
