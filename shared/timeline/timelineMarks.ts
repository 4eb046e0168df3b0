/**
 * What the timeline draws for one «Сроки проведения»: bars, day dots,
 * recurrence ticks or bands, and whether a drag may rewrite it. Only a plain
 * month range («октябрь – июнь») is draggable: formatMonthRange can write it
 * back without losing anything, while rewriting «10–12 октября» or
 * «ежемесячно» as months would throw away what people wrote.
 */
import type { AcademicYear } from '../academicYear'
import { academicMonths } from '../timing/monthNames'
import type { MonthRange, Schedule } from '../timing/schedule'
import { monthsInRange } from '../timing/yearMonth'
import { recurrenceTickMonths } from './recurrenceTicks'

export type TimelineMark =
  /** Whole months, inclusive ("YYYY-MM"). */
  | { type: 'bar'; start: string; end: string }
  /** Days, inclusive ("YYYY-MM-DD"); a single day has start = end. */
  | { type: 'dot'; start: string; end: string }
  /** One occurrence of a recurring event somewhere in the month. */
  | { type: 'tick'; month: string }
  /** The whole year, or a school period when `period`. */
  | { type: 'band'; start: string; end: string; period: boolean }

/** Why an item's marks cannot be dragged. */
export const FixedReason = {
  severalRanges: 'severalRanges',
  dates: 'dates',
  wholeYear: 'wholeYear',
  recurring: 'recurring',
  period: 'period',
  mixed: 'mixed',
  outOfYear: 'outOfYear',
} as const
export type FixedReason = (typeof FixedReason)[keyof typeof FixedReason]

export interface ItemMarks {
  marks: TimelineMark[]
  /** The one bar a drag may move; null when the timing is anything but a single month range inside the year. */
  draggable: MonthRange | null
  /** Why it is not draggable (null when it is, or when the item is unscheduled). */
  fixedReason: FixedReason | null
  /** Goes to «Без срока»: an outside schedule, an unread phrase, or nothing to draw. */
  unscheduled: boolean
}

const unscheduled: ItemMarks = { marks: [], draggable: null, fixedReason: null, unscheduled: true }

export function scheduleMarks (schedule: Schedule, year: AcademicYear): ItemMarks {
  const fixed = (marks: TimelineMark[], fixedReason: FixedReason): ItemMarks =>
    marks.length === 0 ? unscheduled : { marks, draggable: null, fixedReason, unscheduled: false }
  switch (schedule.kind) {
    case 'months': {
      const marks = schedule.ranges.map(({ start, end }): TimelineMark => ({ type: 'bar', start, end }))
      if (schedule.outOfYear) return fixed(marks, FixedReason.outOfYear)
      if (marks.length !== 1) return fixed(marks, FixedReason.severalRanges)
      return { marks, draggable: schedule.ranges[0], fixedReason: null, unscheduled: false }
    }
    case 'dates':
      return fixed(schedule.dayRanges.map(({ start, end }) => ({ type: 'dot', start, end })), FixedReason.dates)
    case 'wholeYear':
      return fixed(schedule.ranges.map(({ start, end }) => ({ type: 'band', start, end, period: false })), FixedReason.wholeYear)
    case 'recurring':
      return fixed(tickMonths(schedule).map(month => ({ type: 'tick', month })), FixedReason.recurring)
    case 'period':
      return fixed(schedule.ranges.map(({ start, end }) => ({ type: 'band', start, end, period: true })), FixedReason.period)
    case 'mixed':
      return fixed(mixedMarks(schedule, year), FixedReason.mixed)
    case 'external':
    case 'unparsed':
      return unscheduled
  }
}

/**
 * A combination («октябрь, 10.12.2023», «ежемесячно, 15 октября», «в течение
 * года, по запросу»): the parser lists the months of exact days among its
 * ranges too, so those months are drawn as dots only, not a second time as bars.
 */
function mixedMarks (schedule: Schedule, year: AcademicYear): TimelineMark[] {
  const marks: TimelineMark[] = schedule.dayRanges.map(({ start, end }) => ({ type: 'dot', start, end }))
  const dayMonths = new Set(schedule.dayRanges.flatMap(r => monthsInRange(r.start.slice(0, 7), r.end.slice(0, 7))))
  if (schedule.recurrence) {
    for (const month of tickMonths(schedule)) if (!dayMonths.has(month)) marks.push({ type: 'tick', month })
    return marks
  }
  const months = academicMonths(year)
  for (const { start, end } of schedule.ranges) {
    if (monthsInRange(start, end).every(month => dayMonths.has(month))) continue
    const wholeYear = start === months[0] && end === months[months.length - 1]
    marks.push(wholeYear ? { type: 'band', start, end, period: false } : { type: 'bar', start, end })
  }
  return marks
}

/** The months a recurrence occurs in, not every month it spans. */
function tickMonths (schedule: Schedule): string[] {
  return schedule.recurrence ? recurrenceTickMonths(schedule.recurrence, schedule.months) : schedule.months
}

/** Whether a mark covers `month` ("YYYY-MM"). */
export function markTouches (mark: TimelineMark, month: string): boolean {
  if (mark.type === 'tick') return mark.month === month
  return mark.start.slice(0, 7) <= month && month <= mark.end.slice(0, 7)
}
