/**
 * Where a month bar lands when dragged by whole months: the body moves both
 * ends, an edge moves one. The pointer's move is counted in months (from the
 * month it was pressed on to the month under it now), so grabbing a bar
 * anywhere inside a month behaves the same.
 */
import type { MonthRange } from '../timing/schedule'
import { fromMonthSerial, monthSerial } from '../timing/yearMonth'

export const DragMode = {
  move: 'move',
  start: 'start',
  end: 'end',
} as const
export type DragMode = (typeof DragMode)[keyof typeof DragMode]

/**
 * `from` and `to` are the months under the pointer at press and now;
 * `bounds` the first and last month a bar may reach. A bar keeps its length
 * when moved against a bound, and an edge never passes the other edge.
 */
export function draggedRange (range: MonthRange, mode: DragMode, from: string, to: string, bounds: MonthRange): MonthRange {
  const delta = monthSerial(to) - monthSerial(from)
  const start = monthSerial(range.start)
  const end = monthSerial(range.end)
  const min = monthSerial(bounds.start)
  const max = monthSerial(bounds.end)
  const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value))
  switch (mode) {
    case DragMode.move: {
      // A bar longer than the bounds allow (it came from the text) stays where it is rather than jumping.
      if (min - start > max - end) return range
      const shift = clamp(delta, min - start, max - end)
      return { start: fromMonthSerial(start + shift), end: fromMonthSerial(end + shift) }
    }
    case DragMode.start:
      return { start: fromMonthSerial(clamp(start + delta, Math.min(min, start), end)), end: range.end }
    case DragMode.end:
      return { start: range.start, end: fromMonthSerial(clamp(end + delta, start, Math.max(max, end))) }
  }
}

export function sameRange (a: MonthRange, b: MonthRange): boolean {
  return a.start === b.start && a.end === b.end
}
