import { columnSpan, daySpan, type TimelineWindow } from '../../../shared/timeline/timelineLayout'
import { isoDay, splitYearMonth } from '../../../shared/timing/yearMonth'
import { monthName } from './monthLabel'
import { pct } from './pct'
import { timelineStrings } from './timelineStrings'

const shortNames = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек']

export interface TimelineHeaderProps {
  view: TimelineWindow
  /** Day numbers under the month (at month zoom). */
  showDays: boolean
}

/** The months across the top, placed with the same arithmetic as the bars below them. */
export function TimelineHeader ({ view, showDays }: TimelineHeaderProps) {
  return (
    <div className="timeline-row timeline-head" aria-hidden="true">
      <div className="timeline-row__label timeline-head__corner">{timelineStrings.labelColumn}</div>
      <div className={`timeline-row__track timeline-head__track${showDays ? ' has-days' : ''}`}>
        {view.columns.map((column, index) => {
          const span = columnSpan(view, column.month)
          if (!span) return null
          const { year, month } = splitYearMonth(column.month)
          const showYear = index === 0 || month === 1
          return (
            <div
              key={column.month}
              className={`timeline-head__month${column.leading ? ' is-leading' : ''}`}
              style={{ left: pct(span.left), width: pct(span.right - span.left) }}
              title={column.leading ? timelineStrings.leadingMonth : undefined}
              data-month={column.month}
            >
              <span className="timeline-head__name timeline-head__name--full">{monthName(column.month)}</span>
              <span className="timeline-head__name timeline-head__name--short">{shortNames[month - 1]}</span>
              {showYear && <span className="timeline-head__year">{year}</span>}
            </div>
          )
        })}
        {showDays && view.columns.flatMap(column => {
          const { year, month } = splitYearMonth(column.month)
          return Array.from({ length: column.days }, (_, i) => {
            const day = isoDay(year, month, i + 1)
            const span = daySpan(view, day, day)
            return span && (
              <span key={day} className="timeline-head__day" style={{ left: pct(span.left), width: pct(span.right - span.left) }}>
                {i + 1}
              </span>
            )
          })
        })}
      </div>
    </div>
  )
}
