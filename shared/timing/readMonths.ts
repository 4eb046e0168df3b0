/**
 * The month family: «август», «в октябре», «октябрь - июнь», «с октября по июнь»,
 * «февраль май» (a space only), «окт.–дек.», «конец октября – начало ноября»,
 * «октябрь 2024 г.». A list («октябрь, март, май») is several clauses.
 */
import type { AcademicYear } from '../academicYear'
import { readMonthPartRef } from './readCalendarRef'
import { placeRange, type CalendarRef } from './resolveCalendar'
import { monthsClause, type TimingClause } from './timingClause'
import type { TokenStream } from './timingTokens'
import { yearMonth } from './yearMonth'

const prepositions: ReadonlyArray<readonly string[]> = [
  ['в'], ['во'], ['на'], ['в', 'течение'], ['в', 'теч'], ['в', 'период'], ['период'],
]

export function readMonths (s: TokenStream, year: AcademicYear): TimingClause | undefined {
  const pair = s.attempt(() => readFromTo(s)) ?? s.attempt(() => readDashed(s))
  if (!pair) return undefined
  const placed = placeRange(pair[0], pair[1], year)
  if (!placed) return undefined
  return monthsClause('months', [{
    start: yearMonth(placed.start.year, placed.start.month),
    end: yearMonth(placed.end.year, placed.end.month),
  }])
}

/** «с октября по июнь», «с октября до мая», «от сентября до мая». */
function readFromTo (s: TokenStream): [CalendarRef, CalendarRef] | undefined {
  if (!s.word('с', 'со', 'от')) return undefined
  const from = readMonthPartRef(s)
  if (!from || !s.word('по', 'до')) return undefined
  s.word('конца', 'начала', 'середины')
  const to = readMonthPartRef(s)
  return to ? [from, to] : undefined
}

/** «октябрь», «октябрь - июнь», «в октябре – ноябре», and «февраль май» with a space only. */
function readDashed (s: TokenStream): [CalendarRef, CalendarRef] | undefined {
  s.anyPhrase(prepositions)
  const from = readMonthPartRef(s)
  if (!from) return undefined
  const to = s.attempt(() => {
    if (!s.dash()) return undefined
    s.anyPhrase(prepositions)
    return readMonthPartRef(s)
  }) ?? (from.year === undefined ? s.attempt(() => readMonthPartRef(s)) : undefined)
  return [from, to ?? from]
}
