/**
 * Zoom levels and the windows each one pages through. A quarter is three
 * months from September (Sep–Nov, Dec–Feb, Mar–May, Jun–Aug), the way the
 * ИМЦ's year divides; the narrow August before the year joins the first one,
 * so nothing drawn in it is ever out of reach.
 */
import type { TimelineColumn } from './timelineColumns'

export const TimelineZoom = {
  year: 'year',
  quarter: 'quarter',
  month: 'month',
} as const
export type TimelineZoom = (typeof TimelineZoom)[keyof typeof TimelineZoom]

export const timelineZooms: readonly TimelineZoom[] = Object.values(TimelineZoom)

/** Inclusive indexes into the column list. */
export interface ColumnRange {
  first: number
  last: number
}

export function zoomWindows (columns: TimelineColumn[], zoom: TimelineZoom): ColumnRange[] {
  if (columns.length === 0) return [{ first: 0, last: -1 }]
  if (zoom === TimelineZoom.year) return [{ first: 0, last: columns.length - 1 }]
  if (zoom === TimelineZoom.month) return columns.map((_, index) => ({ first: index, last: index }))
  const offset = columns[0].leading ? 1 : 0
  const windows: ColumnRange[] = []
  for (let first = offset; first < columns.length; first += 3) {
    windows.push({ first: windows.length === 0 ? 0 : first, last: Math.min(first + 2, columns.length - 1) })
  }
  return windows
}

/** The window showing `month` ("YYYY-MM"), or the first one when none does. */
export function windowIndexOf (windows: ColumnRange[], columns: TimelineColumn[], month: string): number {
  const column = columns.findIndex(c => c.month === month)
  const index = windows.findIndex(w => column >= w.first && column <= w.last)
  return index === -1 ? 0 : index
}
