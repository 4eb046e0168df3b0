/**
 * Which months of a recurring schedule get a tick, so the timeline says what
 * the phrase says: «2 раза в год» two ticks half a year apart, «1 раз в 2
 * месяца» every other month, «ежеквартально» four, «ежемесячно» twelve. The
 * schedule's months are cut into periods of the recurrence («в год» → 12
 * months, «в 2 месяца» → 2) and each period gets its number of occurrences at
 * even steps from its start; more occurrences than months means every month.
 */
import type { Recurrence, RecurrenceUnit } from '../timing/schedule'

/** Months in one unit; a day or a week fits in a month, so those recur every month. */
const unitMonths: Record<RecurrenceUnit, number> = { day: 0, week: 0, month: 1, quarter: 3, halfYear: 6, year: 12 }

export function recurrenceTickMonths (recurrence: Recurrence, months: readonly string[]): string[] {
  const period = unitMonths[recurrence.unit] * recurrence.every
  // «1–2 раза в год» draws the lower count: what is promised at least.
  const times = recurrence.timesPerUnit ?? 1
  if (period <= 1 || times >= period) return [...months]
  const ticks: string[] = []
  for (let start = 0; start < months.length; start += period) {
    const chunk = months.slice(start, start + period)
    // A last, shorter period (the year ends) keeps the same spacing, so it gets fewer ticks.
    for (let i = 0; i < times; i++) {
      const index = Math.floor(i * period / times)
      if (index < chunk.length) ticks.push(chunk[index])
    }
  }
  return ticks
}
