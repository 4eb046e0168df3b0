/**
 * Positions on the visible part of the timeline as fractions 0…1 of its width,
 * so the view can draw with percentages at any screen width, and turn a
 * pointer's x back into a month for drags. Positions are computed within each
 * column (a day is a share of its own month), never from a global scale.
 */
import type { TimelineColumn } from './timelineColumns'

export interface TimelineWindow {
  /** The visible columns, consecutive. */
  columns: TimelineColumn[]
  /** Left edge and width of the visible part, in layout units. */
  start: number
  width: number
}

/** A horizontal extent, clipped to the window; `clipped*` say an end lies beyond it. */
export interface Span {
  left: number
  right: number
  clippedStart: boolean
  clippedEnd: boolean
}

/** The window showing `columns[first..last]` (indexes into the full column list). */
export function timelineWindow (columns: TimelineColumn[], first = 0, last = columns.length - 1): TimelineWindow {
  const visible = columns.slice(first, last + 1)
  const start = visible[0]?.start ?? 0
  const end = visible.length > 0 ? visible[visible.length - 1].start + visible[visible.length - 1].width : 1
  return { columns: visible, start, width: Math.max(end - start, 1e-9) }
}

/**
 * x of a moment `dayOffset` days into `month` (0 = its first midnight, `days`
 * = its end). A month left of the window gives -Infinity, right of it
 * +Infinity, so spans crossing the edge clip cleanly.
 */
export function pointX (window: TimelineWindow, month: string, dayOffset: number): number {
  const column = window.columns.find(c => c.month === month)
  if (!column) return month < window.columns[0]?.month ? -Infinity : Infinity
  const offset = Math.max(0, Math.min(dayOffset, column.days))
  return (column.start + column.width * offset / column.days - window.start) / window.width
}

/** Left and right edges of a column, or null when it is not visible. */
export function columnSpan (window: TimelineWindow, month: string): Span | null {
  return monthSpan(window, month, month)
}

/** The extent of whole months `start`…`end` ("YYYY-MM", inclusive). */
export function monthSpan (window: TimelineWindow, start: string, end: string): Span | null {
  return clip(pointX(window, start, 0), pointX(window, end, Infinity))
}

/** The extent of days `start`…`end` ("YYYY-MM-DD", inclusive: the last day counts whole). */
export function daySpan (window: TimelineWindow, start: string, end: string): Span | null {
  return clip(pointX(window, start.slice(0, 7), dayOf(start) - 1), pointX(window, end.slice(0, 7), dayOf(end)))
}

/** x of the middle of a day ("YYYY-MM-DD"), or null outside the window: where the «today» line goes. */
export function dayX (window: TimelineWindow, day: string): number | null {
  const x = pointX(window, day.slice(0, 7), dayOf(day) - 0.5)
  return Number.isFinite(x) ? x : null
}

/** Index into `window.columns` of the column under x (clamped to the window: a drag past an edge stops there). */
export function columnIndexAt (window: TimelineWindow, x: number): number {
  const unit = window.start + x * window.width
  const index = window.columns.findIndex(c => unit < c.start + c.width)
  return index === -1 ? window.columns.length - 1 : index
}

/** The month under x, clamped to the window. */
export function monthAt (window: TimelineWindow, x: number): string {
  return window.columns[columnIndexAt(window, x)].month
}

function clip (left: number, right: number): Span | null {
  if (right <= 0 || left >= 1 || right <= left) return null
  return { left: Math.max(left, 0), right: Math.min(right, 1), clippedStart: left < 0, clippedEnd: right > 1 }
}

function dayOf (day: string): number {
  return Number(day.slice(8, 10))
}

