/**
 * Numbered periods: «I полугодие», «во II полугодии», «1-я четверть», «IV квартал
 * 2023 г.», «в течение III четверти».
 *
 * Choices (the documents do not say; these follow the usual Russian school calendar):
 * - half-years are the school's: I = September–December, II = January–May
 *   (June–August are holidays, not teaching time, so a bar to August would mislead);
 * - terms («четверть»): I = Sep–Oct, II = Nov–Dec, III = Jan–Mar, IV = Apr–May;
 * - quarters («квартал») are calendar quarters, counted forward from the year's
 *   start: IV = Oct–Dec of the first calendar year, I–III = the second one, so
 *   III = July–September and its September lies after the year (flagged).
 * A half-year or term with a calendar year («I полугодие 2024 г.») is not read:
 * it may mean the calendar half, and guessing would draw the wrong bar.
 */
import type { AcademicYear } from '../academicYear'
import { readAcademicSpan, readYearSuffix } from './readCalendarRef'
import { placeRange } from './resolveCalendar'
import { monthsClause, type TimingClause } from './timingClause'
import { TokenType, type TokenStream } from './timingTokens'
import { yearMonth } from './yearMonth'

type Unit = 'half' | 'term' | 'quarter'

const unitWords: Record<Unit, string[]> = {
  half: ['полугодие', 'полугодия', 'полугодии', 'полугодием'],
  term: ['четверть', 'четверти', 'четвертью'],
  quarter: ['квартал', 'квартала', 'квартале', 'кварталом'],
}

/** [first month, last month] of each numbered period, index 0 = I. */
const periodMonths: Record<Unit, ReadonlyArray<readonly [number, number]>> = {
  half: [[9, 12], [1, 5]],
  term: [[9, 10], [11, 12], [1, 3], [4, 5]],
  quarter: [[1, 3], [4, 6], [7, 9], [10, 12]],
}

const romans = ['i', 'ii', 'iii', 'iv']
const ordinalWords: ReadonlyArray<readonly string[]> = [
  ['первое', 'первая', 'первый', 'первом', 'первой', 'первого', 'первую'],
  ['второе', 'вторая', 'второй', 'втором', 'второго', 'вторую'],
  ['третье', 'третья', 'третий', 'третьем', 'третьей', 'третьего', 'третью'],
  ['четвертое', 'четвертая', 'четвертый', 'четвертом', 'четвертой', 'четвертого', 'четвертую'],
]
// «1-е», «2-я», «1-ом», «4-й»
const ordinalEndings = ['е', 'я', 'й', 'ое', 'ая', 'ой', 'ом', 'ого', 'ую']

const prepositions: ReadonlyArray<readonly string[]> = [['в'], ['во'], ['на'], ['за'], ['в', 'течение'], ['в', 'теч']]

export function readOrdinalPeriod (s: TokenStream, year: AcademicYear): TimingClause | undefined {
  s.anyPhrase(prepositions)
  const ordinal = readOrdinal(s)
  if (ordinal === undefined) return undefined
  const unit = (Object.keys(unitWords) as Unit[]).find(u => s.word(...unitWords[u]) !== undefined)
  if (!unit) return undefined
  const months = periodMonths[unit][ordinal - 1]
  if (!months) return undefined
  const [first, last] = months

  if (unit === 'quarter') {
    const calendarYear = readYearSuffix(s) ?? (ordinal === 4 ? year.startYear : year.startYear + 1)
    return monthsClause('period', [{ start: yearMonth(calendarYear, first), end: yearMonth(calendarYear, last) }])
  }
  const span = readAcademicSpan(s)
  if (span === undefined && readYearSuffix(s) !== undefined) return undefined
  if (span === undefined) s.anyPhrase([['учебного', 'года'], ['уч', 'года'], ['уч', 'г']])
  const placed = placeRange({ month: first }, { month: last }, { startYear: span ?? year.startYear })
  if (!placed) return undefined
  return monthsClause('period', [{
    start: yearMonth(placed.start.year, placed.start.month),
    end: yearMonth(placed.end.year, placed.end.month),
  }])
}

/** 1–4 from «I»…«IV», «1», «1-е», «первое» and the like. */
function readOrdinal (s: TokenStream): number | undefined {
  const token = s.peek()
  if (token?.type === TokenType.word) {
    const roman = romans.indexOf(token.text)
    const word = ordinalWords.findIndex(forms => forms.includes(token.text))
    const index = roman >= 0 ? roman : word
    if (index < 0) return undefined
    s.pos++
    return index + 1
  }
  const n = s.num(1, 4)
  if (n === undefined) return undefined
  s.attempt(() => s.dash() && s.word(...ordinalEndings) !== undefined ? true : undefined)
  return n
}
