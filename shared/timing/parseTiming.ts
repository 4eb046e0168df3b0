/**
 * Reads a «Сроки проведения» phrase into a Schedule on the academic-year
 * calendar. Pure and total: it never throws, and what it cannot read with
 * certainty is returned as unparsed (kept as written, shown as unscheduled)
 * rather than guessed — a wrong bar on the timeline misleads, a missing one asks
 * for attention.
 *
 * The phrase is cut into clauses (one per family: months, days, whole year,
 * recurrence, school period, outside schedule) separated by commas, semicolons,
 * colons, brackets or «и». Each clause is read by every family reader and the
 * longest reading wins; if any part of the phrase is not read, the whole phrase
 * is unparsed.
 */
import type { AcademicYear } from '../academicYear'
import { combineClauses, unparsedSchedule } from './combineClauses'
import { normalizeTiming } from './normalizeTiming'
import { readDates } from './readDates'
import { readExternal, readNote } from './readExternal'
import { readMonths } from './readMonths'
import { readNamedPeriod } from './readNamedPeriod'
import { readOrdinalPeriod } from './readOrdinalPeriod'
import { readRecurrence } from './readRecurrence'
import { readWholeYear } from './readWholeYear'
import type { Schedule } from './schedule'
import type { ClauseReader, TimingClause } from './timingClause'
import { timingMessages } from './timingMessages'
import { TokenStream, TokenType, tokenize } from './timingTokens'

// Order breaks ties between readings of equal length.
const readers: readonly ClauseReader[] = [
  readExternal, readWholeYear, readRecurrence, readOrdinalPeriod, readNamedPeriod, readDates, readMonths, readNote,
]

const separatorWords: ReadonlyArray<readonly string[]> = [['и'], ['а', 'также'], ['также']]

export function parseTiming (raw: string, year: AcademicYear): Schedule {
  const { clean, match } = normalizeTiming(raw)
  if (clean === '') return unparsedSchedule(raw, timingMessages.empty)
  const clauses = readClauses(new TokenStream(tokenize(match)), year, clean)
  return clauses ? combineClauses(raw, clauses, year) : unparsedSchedule(raw)
}

function readClauses (s: TokenStream, year: AcademicYear, clean: string): TimingClause[] | undefined {
  const clauses: TimingClause[] = []
  let separated = true
  // «и» must join two readings: a dangling one («ежемесячно и») hints at lost text.
  let joining = false
  while (!s.done) {
    if (s.take(TokenType.sep)) {
      separated = true
      continue
    }
    if (s.anyPhrase(separatorWords) >= 0) {
      if (joining || clauses.length === 0) return undefined
      separated = joining = true
      continue
    }
    const reading = longestReading(s, year, clean)
    if (!reading) return undefined
    const previous = clauses[clauses.length - 1]
    // Without a separator two readings may only touch when one of them cannot
    // be a list item: «октябрь по графику», «в течение года ежемесячно». Two
    // months in a row are a range («февраль март»), three are not read.
    if (!separated && previous && !mayTouch(previous, reading.clause)) return undefined
    clauses.push(reading.clause)
    s.pos = reading.end
    separated = joining = false
  }
  return joining ? undefined : clauses
}

function longestReading (s: TokenStream, year: AcademicYear, clean: string): { clause: TimingClause; end: number } | undefined {
  const start = s.pos
  let best: { clause: TimingClause; end: number } | undefined
  for (const read of readers) {
    s.pos = start
    const clause = read(s, year, clean)
    if (clause && s.pos > start && (!best || s.pos > best.end)) best = { clause, end: s.pos }
  }
  s.pos = start
  return best
}

const touching: ReadonlySet<string> = new Set(['external', 'note', 'recurring'])

function mayTouch (a: TimingClause, b: TimingClause): boolean {
  return touching.has(a.kind) || touching.has(b.kind)
}
