import { timelineZooms, TimelineZoom } from '../../../shared/timeline/timelineZoom'
import type { TimelineZoomState } from './useTimelineZoom'
import { timelineStrings } from './timelineStrings'
import { windowLabel } from './monthLabel'

/** «Год / Квартал / Месяц», and at the closer zooms ‹ › to page through the year. */
export function TimelineToolbar ({ zoom }: { zoom: TimelineZoomState }) {
  const paged = zoom.zoom !== TimelineZoom.year
  return (
    <div className="timeline-toolbar">
      <div className="button-group timeline-toolbar__zoom" role="group" aria-label={timelineStrings.zoomLabel}>
        {timelineZooms.map(level => (
          <button
            key={level}
            type="button"
            className={`button ${zoom.zoom === level ? 'button--primary' : 'button--secondary'}`}
            aria-pressed={zoom.zoom === level}
            data-testid={`zoom-${level}`}
            onClick={() => zoom.setZoom(level)}
          >
            {timelineStrings.zoom[level]}
          </button>
        ))}
      </div>
      <div className="timeline-toolbar__pager">
        {paged && (
          <button
            type="button"
            className="button button--secondary"
            aria-label={timelineStrings.previous[zoom.zoom]}
            title={timelineStrings.previous[zoom.zoom]}
            disabled={zoom.index === 0}
            data-testid="timeline-prev"
            onClick={() => zoom.step(-1)}
          >
            ‹
          </button>
        )}
        <span className="timeline-toolbar__window" aria-live="polite" data-testid="timeline-window">{windowLabel(zoom.view)}</span>
        {paged && (
          <button
            type="button"
            className="button button--secondary"
            aria-label={timelineStrings.next[zoom.zoom]}
            title={timelineStrings.next[zoom.zoom]}
            disabled={zoom.index === zoom.count - 1}
            data-testid="timeline-next"
            onClick={() => zoom.step(1)}
          >
            ›
          </button>
        )}
      </div>
    </div>
  )
}
