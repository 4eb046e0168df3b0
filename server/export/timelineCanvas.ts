/**
 * The vector shapes of one timeline row for pdfmake's `canvas`: the month
 * grid behind, then the item's marks (bars, day dots, recurrence ticks, year
 * and period bands) at the x the on-screen timeline uses (shared/timeline),
 * so the printed chart and the screen agree to the day.
 */
import type { TimelineMark } from '../../shared/timeline/timelineMarks'
import { columnSpan, daySpan, monthSpan, type Span, type TimelineWindow } from '../../shared/timeline/timelineLayout'

/** A pdfmake canvas element (rect, ellipse, line, polyline), in points from the cell's top left. */
export type CanvasShape = Record<string, unknown>

const timelineColors = {
  bar: '#2F5597',
  dot: '#C00000',
  tick: '#548235',
  band: '#9DC3E6',
  period: '#F4B183',
  grid: '#D9D9D9',
  shade: '#F5F5F5',
} as const

const rowHeight = 12
const middle = rowHeight / 2

/** Alternate months shaded and a rule at each month's start: the grid the marks are read against. */
export function gridShapes (window: TimelineWindow, width: number): CanvasShape[] {
  const shapes: CanvasShape[] = []
  window.columns.forEach((column, index) => {
    const span = columnSpan(window, column.month)
    if (span === null) return
    if (index % 2 === 1) shapes.push({ type: 'rect', x: span.left * width, y: 0, w: (span.right - span.left) * width, h: rowHeight, color: timelineColors.shade })
    if (index > 0) shapes.push({ type: 'line', x1: span.left * width, y1: 0, x2: span.left * width, y2: rowHeight, lineWidth: 0.4, lineColor: timelineColors.grid })
  })
  return shapes
}

/** A small arrowhead at an edge the mark runs past (it starts before September, or ends after August). */
function arrow (x: number, pointsLeft: boolean, color: string): CanvasShape {
  const tip = pointsLeft ? x - 4 : x + 4
  return { type: 'polyline', closePath: true, points: [{ x, y: middle - 3.5 }, { x: tip, y: middle }, { x, y: middle + 3.5 }], color, lineColor: color }
}

function spanShapes (span: Span, width: number, height: number, color: string, withArrows: boolean): CanvasShape[] {
  const x = span.left * width
  const w = Math.max((span.right - span.left) * width, 1.5)
  const shapes: CanvasShape[] = [{ type: 'rect', x, y: middle - height / 2, w, h: height, r: Math.min(1.5, w / 2), color }]
  if (withArrows && span.clippedStart) shapes.push(arrow(x, true, color))
  if (withArrows && span.clippedEnd) shapes.push(arrow(x + w, false, color))
  return shapes
}

export function markShapes (mark: TimelineMark, window: TimelineWindow, width: number): CanvasShape[] {
  switch (mark.type) {
    case 'bar': {
      const span = monthSpan(window, mark.start, mark.end)
      return span ? spanShapes(span, width, 7, timelineColors.bar, true) : []
    }
    case 'band': {
      const span = monthSpan(window, mark.start.slice(0, 7), mark.end.slice(0, 7))
      return span ? spanShapes(span, width, mark.period ? 7 : 4, mark.period ? timelineColors.period : timelineColors.band, mark.period) : []
    }
    case 'dot': {
      const span = daySpan(window, mark.start, mark.end)
      if (span === null) return []
      // A day is a dot; several days are a short pill of their exact length.
      if ((span.right - span.left) * width < 6) {
        return [{ type: 'ellipse', x: ((span.left + span.right) / 2) * width, y: middle, r1: 3, r2: 3, color: timelineColors.dot }]
      }
      return spanShapes(span, width, 6, timelineColors.dot, false)
    }
    case 'tick': {
      const span = columnSpan(window, mark.month)
      if (span === null) return []
      const x = ((span.left + span.right) / 2) * width
      return [{ type: 'line', x1: x, y1: 2, x2: x, y2: rowHeight - 2, lineWidth: 2, lineColor: timelineColors.tick }]
    }
  }
}

/** Samples for the legend, each drawn in a box `size` wide. */
export function legendShapes (kind: 'bar' | 'dot' | 'tick' | 'band' | 'period' | 'clipped', size: number): CanvasShape[] {
  const full: Span = { left: 0, right: 1, clippedStart: false, clippedEnd: false }
  switch (kind) {
    case 'bar': return spanShapes(full, size, 7, timelineColors.bar, false)
    case 'band': return spanShapes(full, size, 4, timelineColors.band, false)
    case 'period': return spanShapes(full, size, 7, timelineColors.period, false)
    case 'dot': return [{ type: 'ellipse', x: size / 2, y: middle, r1: 3, r2: 3, color: timelineColors.dot }]
    case 'tick': return [0.2, 0.5, 0.8].map((at) => ({ type: 'line', x1: at * size, y1: 2, x2: at * size, y2: rowHeight - 2, lineWidth: 2, lineColor: timelineColors.tick }))
    case 'clipped': return spanShapes({ left: 0.25, right: 1, clippedStart: true, clippedEnd: false }, size, 7, timelineColors.bar, true)
  }
}
