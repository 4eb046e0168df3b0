import { columnSpan, dayX, daySpan, type TimelineWindow } from '../../../shared/timeline/timelineLayout'
import { isoDay, splitYearMonth } from '../../../shared/timing/yearMonth'
import { russianDate } from './describeSchedule'
import { pct } from './pct'
import { timelineStrings } from './timelineStrings'

export interface TimelineOverlayProps {
  view: TimelineWindow
  /** "YYYY-MM-DD" in Moscow. */
  today: string
  /** Shade Saturdays and Sundays (at month zoom, where days are wide enough to see). */
  showWeekends: boolean
}

/**
 * Drawn once behind all the rows: month separators, weekends and the «today»
 * line, which is only there when today falls in the visible part of the year.
 */
export function TimelineOverlay ({ view, today, showWeekends }: TimelineOverlayProps) {
  const todayX = dayX(view, today)
  return (
    <div className="timeline-overlay" aria-hidden="true">
      {view.columns.map(column => {
        const span = columnSpan(view, column.month)
        return span && (
          <div
            key={column.month}
            className={`timeline-overlay__month${column.leading ? ' is-leading' : ''}`}
            style={{ left: pct(span.left), width: pct(span.right - span.left) }}
          />
        )
      })}
      {showWeekends && view.columns.flatMap(column => weekends(column.month).map(day => {
        const span = daySpan(view, day, day)
        return span && <div key={day} className="timeline-overlay__weekend" style={{ left: pct(span.left), width: pct(span.right - span.left) }} />
      }))}
      {todayX !== null && (
        <div className="timeline-today" style={{ left: pct(todayX) }} title={timelineStrings.todayTitle(russianDate(today))} data-testid="timeline-today" data-day={today}>
          <span className="timeline-today__label">{timelineStrings.today}</span>
        </div>
      )}
    </div>
  )
}

function weekends (month: string): string[] {
  const { year, month: number } = splitYearMonth(month)
  const result: string[] = []
  for (let day = 1; day <= 31; day++) {
    const date = new Date(Date.UTC(year, number - 1, day))
    if (date.getUTCMonth() !== number - 1) break
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) result.push(isoDay(year, number, day))
  }
  return result
}
