/**
 * Named periods: school holidays, seasons, the start and the end of the school
 * year, and a bare calendar year («2024 г.»).
 *
 * Choices (holiday dates move a little from year to year; these are the months
 * the St Petersburg school calendar puts them in, every month touched):
 * - осенние каникулы: end of October – first days of November → October–November;
 * - зимние каникулы: 30 December – 8 January → December–January;
 * - весенние каникулы: the last week of March → March (in a rare year they spill
 *   into the first days of April; the bar stays in March);
 * - летние каникулы: June–August;
 * - начало учебного года: September; конец (окончание) учебного года: May;
 * - seasons: осень Sep–Nov, зима Dec–Feb, весна Mar–May, лето Jun–Aug;
 * - «2024 г.»: the months of 2024 inside the academic year (January–August for
 *   2023–2024); a year wholly outside it gives all twelve of its months, flagged.
 */
import type { AcademicYear } from '../academicYear'
import { academicMonths } from './monthNames'
import { readYearSuffix } from './readCalendarRef'
import { placeRange } from './resolveCalendar'
import type { MonthRange } from './schedule'
import { monthsClause, type TimingClause } from './timingClause'
import type { TokenStream } from './timingTokens'
import { yearMonth } from './yearMonth'

interface NamedPeriod {
  phrases: ReadonlyArray<readonly string[]>
  months: readonly [number, number]
}

const holidayNouns = ['каникулы', 'каникул', 'каникулах', 'каникулам']
const holidays = (adjectives: string[]): Array<readonly string[]> =>
  adjectives.flatMap(a => holidayNouns.map(n => [a, n]))
const season = (words: string[], adjective: string): Array<readonly string[]> =>
  [...words.map(w => [w]), [adjective, 'период'], [adjective, 'периоде']]
const ofSchoolYear = (words: string[]): Array<readonly string[]> =>
  words.flatMap(w => [[w, 'учебного', 'года'], [w, 'уч', 'года'], [w, 'уч', 'г']])

const namedPeriods: readonly NamedPeriod[] = [
  { phrases: holidays(['осенние', 'осенних']), months: [10, 11] },
  { phrases: holidays(['зимние', 'зимних']), months: [12, 1] },
  { phrases: holidays(['весенние', 'весенних']), months: [3, 3] },
  { phrases: holidays(['летние', 'летних']), months: [6, 8] },
  { phrases: season(['осень', 'осенью', 'осени'], 'осенний'), months: [9, 11] },
  { phrases: season(['зима', 'зимой', 'зимы', 'зиму'], 'зимний'), months: [12, 2] },
  { phrases: season(['весна', 'весной', 'весны', 'весну'], 'весенний'), months: [3, 5] },
  { phrases: season(['лето', 'летом', 'лета'], 'летний'), months: [6, 8] },
  { phrases: ofSchoolYear(['начало', 'начале']), months: [9, 9] },
  { phrases: ofSchoolYear(['конец', 'конце', 'окончание', 'окончании', 'завершение', 'завершении']), months: [5, 5] },
]

const prepositions: ReadonlyArray<readonly string[]> = [
  ['в'], ['во'], ['на'], ['за'], ['в', 'период'], ['во', 'время'], ['период'], ['в', 'течение'], ['в', 'теч'],
]

export function readNamedPeriod (s: TokenStream, year: AcademicYear): TimingClause | undefined {
  s.anyPhrase(prepositions)
  for (const period of namedPeriods) {
    if (s.anyPhrase(period.phrases) < 0) continue
    const placed = placeRange({ month: period.months[0] }, { month: period.months[1] }, year)
    if (!placed) return undefined
    return monthsClause('period', [{
      start: yearMonth(placed.start.year, placed.start.month),
      end: yearMonth(placed.end.year, placed.end.month),
    }])
  }
  const calendarYear = readYearSuffix(s)
  return calendarYear === undefined ? undefined : monthsClause('period', [calendarYearRange(calendarYear, year)])
}

function calendarYearRange (calendarYear: number, year: AcademicYear): MonthRange {
  const inside = academicMonths(year).filter(m => m.startsWith(`${calendarYear}-`))
  return inside.length > 0
    ? { start: inside[0], end: inside[inside.length - 1] }
    : { start: yearMonth(calendarYear, 1), end: yearMonth(calendarYear, 12) }
}
