/**
 * The outside-schedule and on-demand family: «по графику», «по графику ОУ»,
 * «по графику конкурсов», «по плану …», «по необходимости», «по запросу»,
 * «по согласованию», «в соответствии с графиком …». Such an item has no months
 * of its own; the words are kept (as written) so people see whose schedule rules.
 *
 * Only the opening words are recognised; what follows them up to the next
 * separator is the schedule's name («ОУ», «конкурсов», «ГБОУ № 287») and is
 * quoted, not read.
 */
import type { AcademicYear } from '../academicYear'
import type { TimingClause } from './timingClause'
import { TokenType, type TokenStream } from './timingTokens'

const afterPo = [
  'графику', 'графикам', 'плану', 'планам', 'необходимости', 'запросу', 'запросам', 'заявке', 'заявкам',
  'согласованию', 'договоренности', 'расписанию', 'приглашению', 'требованию', 'приказу', 'распоряжению',
  'положению', 'отдельному', 'индивидуальному', 'особому', 'срокам', 'факту', 'мере',
]

const openings: ReadonlyArray<readonly string[]> = [
  ...afterPo.map(w => ['по', w]),
  ['при', 'необходимости'], ['в', 'случае', 'необходимости'],
  ['согласно'], ['в', 'соответствии', 'с'], ['в', 'соответствии', 'со'],
  ['в', 'установленные', 'сроки'], ['в', 'сроки'], ['в', 'рамках', 'графика'], ['в', 'рамках', 'плана'],
  ['сроки', 'уточняются'], ['срок', 'уточняется'], ['дата', 'уточняется'], ['даты', 'уточняются'],
]

// The quoted name runs up to a clause separator; a parenthesis or a comma ends it.
const stops = [',', ';', '(', ')']

export function readExternal (s: TokenStream, _year: AcademicYear, clean: string): TimingClause | undefined {
  const first = s.peek()
  if (!first || s.anyPhrase(openings) < 0) return undefined
  for (;;) {
    const token = s.peek()
    if (!token || (token.type === TokenType.sep && stops.includes(token.text))) break
    s.pos++
  }
  const last = s.tokens[s.pos - 1]
  return { kind: 'external', ranges: [], dayRanges: [], external: clean.slice(first.start, last.end) }
}

/** Qualifiers that change nothing on the timeline: «ориентировочно», «предварительно». */
export function readNote (s: TokenStream): TimingClause | undefined {
  if (!s.word('ориентировочно', 'предварительно', 'примерно', 'планируется')) return undefined
  return { kind: 'note', ranges: [], dayRanges: [] }
}
