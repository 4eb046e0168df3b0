/**
 * What a «Сроки проведения» phrase means on the academic-year calendar. The
 * phrase itself stays the source of truth (`raw`); everything else is derived
 * by parseTiming and can be recomputed at any time, so it is plain JSON.
 */
import { z } from 'zod'

/** The phrase family a schedule came from. */
export const ScheduleKind = {
  /** A month, a month range or a list of months: «октябрь – июнь», «март, июнь». */
  months: 'months',
  /** Exact days or day ranges: «10.10.2023», «10–12 октября». */
  dates: 'dates',
  /** «в течение года», «постоянно». */
  wholeYear: 'wholeYear',
  /** «ежемесячно», «1 раз в 2 месяца», optionally limited to named months. */
  recurring: 'recurring',
  /** A school or calendar period: «I полугодие», «осенние каникулы», «IV квартал». */
  period: 'period',
  /** Set by someone else's schedule or on demand: «по графику ОУ», «по запросу». */
  external: 'external',
  /** Parts of different families: «1 раз в 2 месяца, по необходимости». */
  mixed: 'mixed',
  /** Nothing reliable could be read; the item is shown as unscheduled. */
  unparsed: 'unparsed',
} as const
export type ScheduleKind = (typeof ScheduleKind)[keyof typeof ScheduleKind]

export const RecurrenceUnit = {
  day: 'day',
  week: 'week',
  month: 'month',
  /** A calendar quarter or a school term («четверть»): both are about three months. */
  quarter: 'quarter',
  halfYear: 'halfYear',
  year: 'year',
} as const
export type RecurrenceUnit = (typeof RecurrenceUnit)[keyof typeof RecurrenceUnit]

const yearMonthText = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Месяц указывается как «ГГГГ-ММ».')
const dayText = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Дата указывается как «ГГГГ-ММ-ДД».')

export const recurrenceSchema = z.object({
  /** «1 раз в 2 месяца» → every 2 months. */
  every: z.number().int().positive(),
  unit: z.enum(RecurrenceUnit),
  /** «2 раза в год» → 2; absent for adverbs such as «ежемесячно». */
  timesPerUnit: z.number().int().positive().optional(),
  /** Upper end of «1–2 раза в месяц». */
  timesPerUnitMax: z.number().int().positive().optional(),
  /** «не реже / не менее» → atLeast, «не чаще / не более» → atMost. */
  bound: z.enum(['atLeast', 'atMost']).optional(),
  /** The recurrence words as written, e.g. «не реже 1 раза в 2 месяца». */
  text: z.string(),
})
export type Recurrence = z.infer<typeof recurrenceSchema>

/** Inclusive range of "YYYY-MM" months: one bar on the timeline. */
export const monthRangeSchema = z.object({ start: yearMonthText, end: yearMonthText })
export type MonthRange = z.infer<typeof monthRangeSchema>

/** Inclusive range of "YYYY-MM-DD" days; a single day has start = end. */
export const dayRangeSchema = z.object({ start: dayText, end: dayText })
export type DayRange = z.infer<typeof dayRangeSchema>

export const scheduleSchema = z.object({
  /** The phrase exactly as given, never altered. */
  raw: z.string(),
  unparsed: z.boolean(),
  kind: z.enum(ScheduleKind),
  /** Every month touched, sorted and unique (a whole year or a recurrence: all twelve). */
  months: z.array(yearMonthText),
  /** Every exact day written, sorted and unique (a day range: its first and last day). */
  dates: z.array(dayText),
  /** Month bars in the order written: «октябрь, март, май» gives three. */
  ranges: z.array(monthRangeSchema),
  /** Day ranges in the order written: «10–12 октября» gives one from the 10th to the 12th. */
  dayRanges: z.array(dayRangeSchema),
  recurrence: recurrenceSchema.optional(),
  /** The outside schedule or condition as written: «по графику ОУ», «по необходимости». */
  external: z.string().optional(),
  /** Some month falls outside 1 August before the year … 31 August (an explicit year or date, as a rule). */
  outOfYear: z.boolean(),
  /** Notes for people, in Russian: «Дата вне учебного года». */
  warnings: z.array(z.string()),
})
export type Schedule = z.infer<typeof scheduleSchema>
