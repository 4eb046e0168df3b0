/**
 * The whole-year family: «в течение года», «в течение учебного года», «в теч. года»,
 * «постоянно», «весь учебный год», «в течение 2023-2024 учебного года». The year
 * is drawn September … August; a named other academic year is drawn where it is
 * (and flagged as outside this one).
 */
import type { AcademicYear } from '../academicYear'
import { academicMonths } from './monthNames'
import { readAcademicSpan } from './readCalendarRef'
import { monthsClause, type TimingClause } from './timingClause'
import type { TokenStream } from './timingTokens'

const adverbs = ['постоянно', 'круглогодично']
const during: ReadonlyArray<readonly string[]> = [
  ['в', 'течение'], ['в', 'теч'], ['на', 'протяжении'], ['в', 'продолжение'], ['течение'],
]
const schoolWords = ['учебного', 'уч']
const yearWords = ['года', 'г']

export function readWholeYear (s: TokenStream, year: AcademicYear): TimingClause | undefined {
  if (s.word(...adverbs) || s.phrase(['круглый', 'год'])) return wholeYear(year)
  const span = s.attempt(() => readAll(s) ?? readDuring(s))
  if (span === undefined) return undefined
  return wholeYear(span === 'this' ? year : { startYear: span })
}

/** «весь год», «весь учебный год», «весь 2023-2024 учебный год». */
function readAll (s: TokenStream): number | 'this' | undefined {
  return s.attempt(() => {
    if (!s.word('весь')) return undefined
    const span = readAcademicSpan(s)
    if (span !== undefined) return span
    s.word('учебный', 'уч')
    return s.word('год', 'г') ? 'this' : undefined
  })
}

/** «в течение [всего] [учебного] года», «в течение 2023-2024 учебного года». */
function readDuring (s: TokenStream): number | 'this' | undefined {
  return s.attempt(() => {
    if (s.anyPhrase(during) < 0) return undefined
    s.word('всего')
    const span = readAcademicSpan(s)
    if (span !== undefined) return span
    s.word(...schoolWords)
    return s.word(...yearWords) ? 'this' : undefined
  })
}

function wholeYear (year: AcademicYear): TimingClause {
  const months = academicMonths(year)
  return monthsClause('wholeYear', [{ start: months[0], end: months[11] }])
}
