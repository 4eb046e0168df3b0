/**
 * The recurrence family: «ежемесячно», «еженедельно», «1 раз в 2 месяца»,
 * «не реже 1 раза в 2 месяца», «не менее 1 раза в 3 месяца», «2 раза в год»,
 * «1 раз в четверть», «раз в месяц», «дважды в год», «каждую неделю»,
 * optionally followed by its months: «ежемесячно с октября по май».
 * Without months of its own, combineClauses gives it the phrase's other months
 * or, failing those, the whole year.
 */
import type { AcademicYear } from '../academicYear'
import { readMonths } from './readMonths'
import { readNamedPeriod } from './readNamedPeriod'
import { readOrdinalPeriod } from './readOrdinalPeriod'
import { readWholeYear } from './readWholeYear'
import type { Recurrence, RecurrenceUnit } from './schedule'
import type { TimingClause } from './timingClause'
import type { TokenStream } from './timingTokens'

type Frequency = Omit<Recurrence, 'text'>

const adverbs: Record<string, Frequency> = {
  ежедневно: { every: 1, unit: 'day' },
  еженедельно: { every: 1, unit: 'week' },
  ежемесячно: { every: 1, unit: 'month' },
  ежеквартально: { every: 1, unit: 'quarter' },
  ежеполугодно: { every: 1, unit: 'halfYear' },
  ежегодно: { every: 1, unit: 'year' },
}

const unitWords: Record<RecurrenceUnit, string[]> = {
  day: ['день', 'дня', 'дней'],
  week: ['неделю', 'недели', 'недель', 'неделя'],
  month: ['месяц', 'месяца', 'месяцев'],
  quarter: ['квартал', 'квартала', 'кварталов', 'четверть', 'четверти', 'четвертей'],
  halfYear: ['полугодие', 'полугодия', 'полугодий', 'полгода'],
  year: ['год', 'года', 'лет'],
}

const numberWords: Record<string, number> = {
  один: 1, одна: 1, одного: 1, одну: 1, два: 2, две: 2, двух: 2, три: 3, трех: 3,
  четыре: 4, четырех: 4, пять: 5, пяти: 5, шесть: 6, шести: 6,
}
const countAdverbs: Record<string, number> = { однажды: 1, дважды: 2, трижды: 3 }

const bounds: ReadonlyArray<readonly [readonly string[], Recurrence['bound']]> = [
  [['не', 'реже'], 'atLeast'], [['не', 'менее'], 'atLeast'], [['не', 'меньше'], 'atLeast'], [['минимум'], 'atLeast'],
  [['не', 'чаще'], 'atMost'], [['не', 'более'], 'atMost'], [['не', 'больше'], 'atMost'],
]

export function readRecurrence (s: TokenStream, year: AcademicYear, clean: string): TimingClause | undefined {
  const first = s.peek()
  const frequency = readFrequency(s)
  const last = s.tokens[s.pos - 1]
  if (!frequency || !first || !last) return undefined
  const recurrence: Recurrence = { ...frequency, text: clean.slice(first.start, last.end) }
  const scope = s.attempt(() => readMonths(s, year))
    ?? s.attempt(() => readOrdinalPeriod(s, year))
    ?? s.attempt(() => readNamedPeriod(s, year))
    ?? s.attempt(() => readWholeYear(s, year))
  return { kind: 'recurring', ranges: scope?.ranges ?? [], dayRanges: [], recurrence }
}

function readFrequency (s: TokenStream): Frequency | undefined {
  const adverb = s.peek()?.text
  if (adverb !== undefined && Object.hasOwn(adverbs, adverb) && s.word(adverb)) return adverbs[adverb]
  return s.attempt(() => readEvery(s)) ?? s.attempt(() => readTimes(s))
}

/** «каждый месяц», «каждую неделю», «каждые 2 месяца». */
function readEvery (s: TokenStream): Frequency | undefined {
  if (!s.word('каждый', 'каждую', 'каждое', 'каждые', 'каждых')) return undefined
  const every = readCount(s) ?? 1
  const unit = readUnit(s)
  return unit ? { every, unit } : undefined
}

/** «[не реже] [1[-2]] раз[а] в [2] месяц[а]», «дважды в год». */
function readTimes (s: TokenStream): Frequency | undefined {
  const boundIndex = bounds.findIndex(([words]) => s.phrase(words))
  const bound = boundIndex >= 0 ? bounds[boundIndex][1] : undefined
  if (bound) s.word('чем')
  let times: number | undefined
  let timesMax: number | undefined
  const adverb = s.peek()?.text
  if (adverb !== undefined && Object.hasOwn(countAdverbs, adverb) && s.word(adverb)) {
    times = countAdverbs[adverb]
  } else {
    times = readCount(s)
    if (times !== undefined) timesMax = s.attempt(() => s.dash() ? readCount(s) : undefined)
    if (!s.word('раз', 'раза')) return undefined
    times ??= 1
  }
  if (!s.word('в', 'за')) return undefined
  const every = readCount(s) ?? 1
  const unit = readUnit(s)
  if (!unit) return undefined
  if (timesMax !== undefined && timesMax <= times) return undefined
  return {
    every,
    unit,
    timesPerUnit: times,
    ...(timesMax === undefined ? {} : { timesPerUnitMax: timesMax }),
    ...(bound === undefined ? {} : { bound }),
  }
}

function readCount (s: TokenStream): number | undefined {
  const n = s.num(1, 99)
  if (n !== undefined) return n
  const word = s.peek()?.text
  return word !== undefined && Object.hasOwn(numberWords, word) && s.word(word) ? numberWords[word] : undefined
}

function readUnit (s: TokenStream): RecurrenceUnit | undefined {
  if (s.phrase(['учебный', 'год'])) return 'year'
  return (Object.keys(unitWords) as RecurrenceUnit[]).find(unit => s.word(...unitWords[unit]) !== undefined)
}
