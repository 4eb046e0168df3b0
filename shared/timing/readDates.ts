/**
 * The exact-day family: «10.10.2023», «до 01.10», «15 октября», «10–12 октября»,
 * «с 10 по 20 ноября», «10-17 февраля 2023 года», «30 октября – 3 ноября»,
 * «10, 17 и 24 октября». A day without a year follows the month rule.
 */
import type { AcademicYear } from '../academicYear'
import { readDayRef } from './readCalendarRef'
import { placeRange, type CalendarRef, type PlacedRef } from './resolveCalendar'
import type { DayRange } from './schedule'
import type { TimingClause } from './timingClause'
import { TokenType, type TokenStream } from './timingTokens'
import { isoDay, yearMonth } from './yearMonth'

// A deadline is still one day on the timeline: «до 01.10» is drawn on 1 October.
const deadlines: ReadonlyArray<readonly string[]> = [
  ['до'], ['к'], ['не', 'позднее'], ['не', 'позже'], ['в', 'срок', 'до'], ['срок', 'до'],
]

type Span = [CalendarRef, CalendarRef]

export function readDates (s: TokenStream, year: AcademicYear): TimingClause | undefined {
  const spans = s.attempt(() => readDayList(s))
    ?? s.attempt(() => readSpan(s))
  if (!spans) return undefined
  const dayRanges: DayRange[] = []
  const ranges: TimingClause['ranges'] = []
  for (const [from, to] of spans) {
    const placed = placeRange(from, to, year)
    if (!placed) return undefined
    dayRanges.push({ start: dayText(placed.start), end: dayText(placed.end) })
    ranges.push({ start: yearMonth(placed.start.year, placed.start.month), end: yearMonth(placed.end.year, placed.end.month) })
  }
  return { kind: 'dates', ranges, dayRanges }
}

/** One day or one day range, with the words around it. */
function readSpan (s: TokenStream): Span[] | undefined {
  if (s.anyPhrase(deadlines) >= 0) {
    const day = readDayRef(s)
    return day ? [[day, day]] : undefined
  }
  const opened = s.word('с', 'со') !== undefined
  const from = readDayRef(s) ?? readBareDay(s)
  if (!from) return undefined
  const joined = opened ? s.word('по', 'до') !== undefined : s.dash()
  if (!joined) return from.month === 0 || opened ? undefined : [[from, from]]
  const to = readDayRef(s)
  if (!to) return undefined
  // «10–12 октября»: the first day takes the month (and year) of the last.
  const start = from.month === 0 ? { ...to, day: from.day } : from
  return [[start, to]]
}

/** «10, 17 и 24 октября [2023 г.]»: several days of one month. */
function readDayList (s: TokenStream): Span[] | undefined {
  const days: number[] = []
  for (;;) {
    const day = s.num(1, 31)
    if (day === undefined) return undefined
    days.push(day)
    const next = s.peek()
    const separated = (next?.type === TokenType.sep && next.text === ',') || next?.text === 'и'
    if (!separated) break
    s.pos++
  }
  if (days.length < 2) return undefined
  s.pos--
  const last = readDayRef(s)
  if (!last) return undefined
  return days.map(day => {
    const ref = { ...last, day }
    return [ref, ref]
  })
}

/** A day number alone, the first half of «10–12 октября»; month 0 marks it. */
function readBareDay (s: TokenStream): CalendarRef | undefined {
  const day = s.num(1, 31)
  return day === undefined ? undefined : { month: 0, day }
}

function dayText (ref: PlacedRef): string {
  return isoDay(ref.year, ref.month, ref.day ?? 1)
}
