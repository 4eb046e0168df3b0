import { columnSpan, daySpan, monthSpan, type TimelineWindow } from '../../../shared/timeline/timelineLayout'
import type { TimelineMark as Mark } from '../../../shared/timeline/timelineMarks'
import { pct } from './pct'

export interface TimelineMarkProps {
  view: TimelineWindow
  mark: Exclude<Mark, { type: 'bar' }>
  title: string
}

/** A day dot, a recurrence tick or a band: drawn where the timing says, never dragged. */
export function TimelineMark ({ view, mark, title }: TimelineMarkProps) {
  switch (mark.type) {
    case 'dot': {
      const span = daySpan(view, mark.start, mark.end)
      // The wrapper spans the days; the dot inside keeps a visible size even for one day at year zoom.
      return span && (
        <span className="timeline-dot" style={{ left: pct(span.left), width: pct(span.right - span.left) }}
          title={title} data-testid="timeline-dot" data-start={mark.start} data-end={mark.end}>
          <span className="timeline-dot__mark" />
        </span>
      )
    }
    case 'tick': {
      const span = columnSpan(view, mark.month)
      return span && (
        <span className="timeline-tick" style={{ left: pct((span.left + span.right) / 2) }}
          title={title} data-testid="timeline-tick" data-month={mark.month} />
      )
    }
    case 'band': {
      const span = monthSpan(view, mark.start, mark.end)
      return span && (
        <span className={`timeline-band${mark.period ? ' is-period' : ''}`}
          style={{ left: pct(span.left), width: pct(span.right - span.left) }}
          title={title} data-testid="timeline-band" data-start={mark.start} data-end={mark.end} />
      )
    }
  }
}
