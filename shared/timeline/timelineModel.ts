/**
 * The plan as the timeline shows it: one lane per section, one row per item
 * (sub-items included, in display order), and the items with no drawable
 * timing gathered apart for «Без срока» so that none is ever dropped.
 */
import type { AcademicYear } from '../academicYear'
import type { PlanNode, PlanSnapshot } from '../plan/planSnapshot'
import { parseTiming } from '../timing/parseTiming'
import type { Schedule } from '../timing/schedule'
import { leadingMonth } from './timelineColumns'
import { markTouches, scheduleMarks, type ItemMarks } from './timelineMarks'

export interface TimelineRow extends ItemMarks {
  item: PlanNode
  schedule: Schedule
}

export interface TimelineLane {
  section: PlanNode
  /** Items with something to draw. */
  rows: TimelineRow[]
  /** Items of this section listed in «Без срока». */
  unscheduledCount: number
}

export interface TimelineModel {
  lanes: TimelineLane[]
  /** In plan order, across sections. */
  unscheduled: TimelineRow[]
}

export type TimingParser = (raw: string, year: AcademicYear) => Schedule

export function buildTimeline (snapshot: PlanSnapshot, year: AcademicYear, parse: TimingParser = parseTiming): TimelineModel {
  const unscheduled: TimelineRow[] = []
  const lanes = snapshot.sections.map(section => {
    const rows: TimelineRow[] = []
    let unscheduledCount = 0
    const visit = (item: PlanNode) => {
      const schedule = parse(item.fields.timing, year)
      const row = { item, schedule, ...scheduleMarks(schedule, year) }
      if (row.unscheduled) {
        unscheduled.push(row)
        unscheduledCount++
      } else {
        rows.push(row)
      }
      item.children.forEach(visit)
    }
    section.children.forEach(visit)
    return { section, rows, unscheduledCount }
  })
  return { lanes, unscheduled }
}

/** Whether any item is drawn in the August before the year, which then gets its own column. */
export function usesLeadingMonth (model: TimelineModel, year: AcademicYear): boolean {
  const month = leadingMonth(year)
  return model.lanes.some(lane => lane.rows.some(row => row.marks.some(mark => markTouches(mark, month))))
}

/** Every row in display order (lanes first, then «Без срока»): the order arrow keys follow. */
export function timelineRowOrder (model: TimelineModel): TimelineRow[] {
  return [...model.lanes.flatMap(lane => lane.rows), ...model.unscheduled]
}
