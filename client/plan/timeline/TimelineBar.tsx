import type { AcademicYear } from '../../../shared/academicYear'
import { monthSpan, type TimelineWindow } from '../../../shared/timeline/timelineLayout'
import { formatMonthRange } from '../../../shared/timing/formatTiming'
import type { MonthRange } from '../../../shared/timing/schedule'
import { pct } from './pct'
import { useBarDrag } from './useBarDrag'

export interface TimelineBarProps {
  view: TimelineWindow
  year: AcademicYear
  range: MonthRange
  bounds: MonthRange
  /** The item's timing is a single month range and this user may edit it. */
  draggable: boolean
  /** Why it can or cannot be dragged. */
  title: string
  onCommit: (range: MonthRange) => boolean
}

/** A month bar; a draggable one moves by its body and resizes by its edges. */
export function TimelineBar ({ view, year, range, bounds, draggable, title, onCommit }: TimelineBarProps) {
  const { preview, dragging, handlers } = useBarDrag({ view, range, bounds, enabled: draggable, onCommit })
  const shown = preview ?? range
  const span = monthSpan(view, shown.start, shown.end)
  if (!span) return null
  const className = [
    'timeline-bar',
    draggable && 'is-draggable',
    dragging && 'is-dragging',
    span.clippedStart && 'is-clipped-start',
    span.clippedEnd && 'is-clipped-end',
  ].filter(Boolean).join(' ')
  return (
    <div
      className={className}
      style={{ left: pct(span.left), width: pct(span.right - span.left) }}
      title={title}
      data-testid="timeline-bar"
      data-start={shown.start}
      data-end={shown.end}
      data-draggable={draggable ? 'true' : 'false'}
      {...(draggable ? handlers : {})}
    >
      {draggable && !span.clippedStart && <span className="timeline-bar__handle is-start" data-handle="start" />}
      <span className="timeline-bar__label">{formatMonthRange(shown.start, shown.end, year)}</span>
      {draggable && !span.clippedEnd && <span className="timeline-bar__handle is-end" data-handle="end" />}
    </div>
  )
}
