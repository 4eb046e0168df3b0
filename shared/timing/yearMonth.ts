/**
 * Calendar arithmetic on "YYYY-MM" months and "YYYY-MM-DD" days. Strings are the
 * stored form (they sort and compare as text and survive JSON and Yjs); the
 * serial number is only for counting, never stored.
 */
import type { AcademicYear } from '../academicYear'

const yearMonthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/

export function yearMonth (year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
}

export function isoDay (year: number, month: number, day: number): string {
  return `${yearMonth(year, month)}-${String(day).padStart(2, '0')}`
}

/** Throws on a malformed value: callers pass strings this module produced. */
export function splitYearMonth (value: string): { year: number; month: number } {
  const m = yearMonthPattern.exec(value)
  if (!m) throw new Error(`Not a "YYYY-MM" month: ${value}`)
  return { year: Number(m[1]), month: Number(m[2]) }
}

/** Months since year 0, so that ranges can be counted and compared. */
export function monthSerial (value: string): number {
  const { year, month } = splitYearMonth(value)
  return year * 12 + month - 1
}

export function fromMonthSerial (serial: number): string {
  return yearMonth(Math.floor(serial / 12), (serial % 12) + 1)
}

/** Every month from start to end inclusive; empty when end is before start. */
export function monthsInRange (start: string, end: string): string[] {
  const months: string[] = []
  for (let s = monthSerial(start); s <= monthSerial(end); s++) months.push(fromMonthSerial(s))
  return months
}

export function daysInMonth (year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * The window an academic year's items may fall in: 1 August before the year
 * (the pedagogical council that opens it) to 31 August that closes it.
 */
function yearWindow (year: AcademicYear): { start: string; end: string } {
  return { start: yearMonth(year.startYear, 8), end: yearMonth(year.startYear + 1, 8) }
}

export function isInYearWindow (month: string, year: AcademicYear): boolean {
  const { start, end } = yearWindow(year)
  return month >= start && month <= end
}
