/**
 * Readers of the small pieces every family is built from: a year suffix
 * («2024 г.», «2023 года»), a month («октября», «окт.», «в октябре месяце»),
 * a day («15 октября», «10.10.2023», «01.10»).
 */
import { monthNumberOf } from './monthNames'
import type { CalendarRef } from './resolveCalendar'
import { TokenType, type TokenStream } from './timingTokens'

const yearWords = ['г', 'гг', 'год', 'года', 'году']

/** «2024», «2024 г.», «2024 года». Years outside 1990–2100 are not read as years. */
export function readYearSuffix (s: TokenStream): number | undefined {
  const token = s.peek()
  if (token?.type !== TokenType.num || token.text.length !== 4) return undefined
  const year = s.num(1990, 2100)
  if (year !== undefined) s.word(...yearWords)
  return year
}

/** A month word and, optionally, «месяц» and a year: «октябрь», «в октябре месяце», «окт.», «октябрь 2024 г.». */
function readMonthRef (s: TokenStream): CalendarRef | undefined {
  return s.attempt(() => {
    const token = s.peek()
    const month = token?.type === TokenType.word ? monthNumberOf(token.text) : undefined
    if (month === undefined) return undefined
    s.pos++
    s.word('месяц', 'месяца', 'месяце')
    const year = readYearSuffix(s)
    return year === undefined ? { month } : { month, year }
  })
}

// «начало октября», «в конце мая», «первая половина ноября», «вторая декада марта»:
// still the month, so the qualifier is read and the month kept.
const monthParts: ReadonlyArray<readonly string[]> = [
  ...['начало', 'начале', 'конец', 'конце', 'середина', 'середине', 'окончание', 'окончании'].map(w => [w]),
  ...['первая', 'первой', 'вторая', 'второй', 'третья', 'третьей'].flatMap(o =>
    ['половина', 'половине', 'декада', 'декаде'].map(p => [o, p])),
]

/** A month with an optional part-of-month qualifier before it. */
export function readMonthPartRef (s: TokenStream): CalendarRef | undefined {
  return s.attempt(() => {
    s.anyPhrase(monthParts)
    return readMonthRef(s)
  })
}

/** «10.10.2023», «01.10», «26.08.22» (optionally «г.»), or «15 октября [2023 г.]». */
export function readDayRef (s: TokenStream): CalendarRef | undefined {
  return s.attempt(() => {
    const date = s.take(TokenType.date)
    if (date) {
      const [day, month, year] = date.text.split('.').map(Number)
      if (month < 1 || month > 12 || day < 1) return undefined
      const fullYear = year === undefined ? undefined : year < 100 ? 2000 + year : year
      if (fullYear !== undefined) s.word(...yearWords)
      return fullYear === undefined ? { day, month } : { day, month, year: fullYear }
    }
    const day = s.num(1, 31)
    if (day === undefined) return undefined
    const month = readMonthRef(s)
    return month ? { ...month, day } : undefined
  })
}

/**
 * «2023-2024 учебного года», «2023/2024 уч. г.», «2023-2024 гг.»: the academic year
 * named in the phrase (its first calendar year). The second year must follow the first.
 */
export function readAcademicSpan (s: TokenStream): number | undefined {
  return s.attempt(() => {
    const first = s.num(1990, 2100)
    if (first === undefined) return undefined
    const joined = s.dash() || (s.peek()?.text === '/' && s.take(TokenType.other) !== undefined)
    if (!joined || s.num(first + 1, first + 1) === undefined) return undefined
    s.word('учебного', 'учебный', 'учебном', 'уч')
    s.word(...yearWords)
    return first
  })
}
