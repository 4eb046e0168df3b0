/**
 * One understood piece of a phrase («1 раз в 2 месяца» and «по необходимости»
 * are two). Each family's reader returns clauses; combineClauses merges them
 * into a Schedule.
 */
import type { AcademicYear } from '../academicYear'
import type { DayRange, MonthRange, Recurrence, ScheduleKind } from './schedule'
import type { TokenStream } from './timingTokens'

export interface TimingClause {
  /** `note` is a harmless qualifier such as «ориентировочно»: it schedules nothing. */
  kind: Exclude<ScheduleKind, 'mixed' | 'unparsed'> | 'note'
  ranges: MonthRange[]
  dayRanges: DayRange[]
  /** An unscoped recurrence has no ranges: it covers the named months of the phrase, else the year. */
  recurrence?: Recurrence
  external?: string
}

/**
 * A family reader: consumes tokens from the stream's position and returns the
 * clause, or undefined (the caller rewinds). `clean` is the text to quote from.
 */
export type ClauseReader = (stream: TokenStream, year: AcademicYear, clean: string) => TimingClause | undefined

export function monthsClause (kind: TimingClause['kind'], ranges: MonthRange[]): TimingClause {
  return { kind, ranges, dayRanges: [] }
}
