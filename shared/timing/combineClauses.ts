/**
 * Merges the clauses of one phrase into a Schedule: months and days united, the
 * kind decided, a recurrence given its months, the year window checked.
 */
import type { AcademicYear } from '../academicYear'
import { academicMonths } from './monthNames'
import { ScheduleKind, type MonthRange, type Schedule } from './schedule'
import type { TimingClause } from './timingClause'
import { timingMessages } from './timingMessages'
import { isInYearWindow, monthsInRange } from './yearMonth'

export function unparsedSchedule (raw: string, warning: string = timingMessages.unrecognised): Schedule {
  return {
    raw,
    unparsed: true,
    kind: ScheduleKind.unparsed,
    months: [],
    dates: [],
    ranges: [],
    dayRanges: [],
    outOfYear: false,
    warnings: [warning],
  }
}

export function combineClauses (raw: string, clauses: readonly TimingClause[], year: AcademicYear): Schedule {
  const real = clauses.filter(c => c.kind !== 'note')
  if (real.length === 0) return unparsedSchedule(raw)

  // A recurrence without months of its own («ежемесячно, октябрь – май», or just
  // «ежемесячно») covers the phrase's other months, else the whole year.
  const ranges = unique(real.flatMap(c => c.ranges))
  const unscoped = real.some(c => c.kind === 'recurring' && c.ranges.length === 0)
  if (unscoped && ranges.length === 0) {
    const all = academicMonths(year)
    ranges.push({ start: all[0], end: all[11] })
  }

  const dayRanges = unique(real.flatMap(c => c.dayRanges))
  const months = [...new Set(ranges.flatMap(r => monthsInRange(r.start, r.end)))].sort()
  const dates = [...new Set(dayRanges.flatMap(r => [r.start, r.end]))].sort()
  const externals = real.flatMap(c => c.external === undefined ? [] : [c.external])
  const recurrence = real.find(c => c.recurrence)?.recurrence
  const outOfYear = months.some(m => !isInYearWindow(m, year))

  return {
    raw,
    unparsed: false,
    kind: kindOf(real),
    months,
    dates,
    ranges,
    dayRanges,
    ...(recurrence ? { recurrence } : {}),
    ...(externals.length > 0 ? { external: [...new Set(externals)].join('; ') } : {}),
    outOfYear,
    warnings: outOfYear ? [timingMessages.outOfYear] : [],
  }
}

// Families that can only narrow a recurrence to some months; with a recurrence
// the phrase is still "recurring" («ежемесячно с октября по май», «2 раза в год: октябрь, апрель»).
const recurrenceScopes: ReadonlySet<string> = new Set([ScheduleKind.months, ScheduleKind.period, ScheduleKind.wholeYear])

function kindOf (clauses: readonly TimingClause[]): ScheduleKind {
  const kinds = new Set(clauses.map(c => c.kind))
  if (kinds.size === 1) return clauses[0].kind as ScheduleKind
  if (kinds.has(ScheduleKind.recurring) && [...kinds].every(k => k === ScheduleKind.recurring || recurrenceScopes.has(k))) {
    return ScheduleKind.recurring
  }
  return ScheduleKind.mixed
}

function unique<T extends MonthRange> (items: readonly T[]): T[] {
  const seen = new Set<string>()
  return items.filter(item => {
    const key = `${item.start}/${item.end}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
