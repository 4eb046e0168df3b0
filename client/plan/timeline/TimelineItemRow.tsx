import type { KeyboardEvent } from 'react'
import type { AcademicYear } from '../../../shared/academicYear'
import { statusLabels } from '../../../shared/plan/planFields'
import type { TimelineWindow } from '../../../shared/timeline/timelineLayout'
import type { TimelineRow } from '../../../shared/timeline/timelineModel'
import type { MonthRange } from '../../../shared/timing/schedule'
import { oneLine } from './oneLine'
import { TimelineBar } from './TimelineBar'
import { TimelineMark } from './TimelineMark'
import { timelineStrings } from './timelineStrings'

export interface TimelineItemRowProps {
  row: TimelineRow
  view: TimelineWindow
  year: AcademicYear
  bounds: MonthRange
  canWrite: boolean
  /** The one row reachable by Tab (roving focus); arrows move between rows. */
  tabbable: boolean
  /** Its card is open. */
  selected: boolean
  onOpen: (id: string) => void
  onKeyDown: (event: KeyboardEvent<HTMLElement>, row: TimelineRow) => void
  onCommit: (id: string, range: MonthRange) => boolean
}

/** One item: its number and title on the left, its marks on the year to the right. */
export function TimelineItemRow ({ row, view, year, bounds, canWrite, tabbable, selected, onOpen, onKeyDown, onCommit }: TimelineItemRowProps) {
  const { item, schedule } = row
  const title = oneLine(item.fields.title)
  const hint = (): string => {
    if (!canWrite) return timelineStrings.readOnlyHint
    if (row.draggable) return timelineStrings.dragHint
    return row.fixedReason ? timelineStrings.fixed[row.fixedReason] : ''
  }
  const tooltip = `${item.number}. ${title || timelineStrings.untitled}\n${oneLine(schedule.raw)}\n${hint()}`
  return (
    <div
      className={`timeline-row timeline-item is-${item.status}${selected ? ' is-selected' : ''}`}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-pressed={selected}
      data-testid="timeline-item"
      data-node-id={item.id}
      data-number={item.number}
      data-status={item.status}
      data-nav-id={item.id}
      onClick={event => {
        event.currentTarget.focus()
        onOpen(item.id)
      }}
      onKeyDown={event => onKeyDown(event, row)}
    >
      {/* The button's name is its visible text (number, title) and then the timing phrase and status, so
          what a voice-control user reads on screen is what they say (WCAG 2.5.3). */}
      <div className="timeline-row__label" style={{ paddingLeft: `${0.5 + Math.max(0, item.depth - 1) * 1}rem` }} title={`${item.number}. ${title}`}>
        <span className="timeline-item__number">{item.number}</span>{' '}
        <span className="timeline-item__title">{title || timelineStrings.untitled}</span>
        <span className="visually-hidden">{timelineStrings.itemDetails(oneLine(schedule.raw), statusLabels[item.status])}</span>
        {schedule.outOfYear && (
          <span className="timeline-warning" data-testid="timeline-warning" title={[timelineStrings.outOfYear, ...schedule.warnings].join('\n')}>
            <span aria-hidden="true">⚠</span><span className="visually-hidden">. {timelineStrings.outOfYear}</span>
          </span>
        )}
      </div>
      <div className="timeline-row__track" aria-hidden="true">
        {row.marks.map((mark, index) => mark.type === 'bar'
          ? (
            <TimelineBar
              key={`${index}-bar`}
              view={view}
              year={year}
              range={mark}
              bounds={bounds}
              draggable={canWrite && row.draggable !== null}
              title={tooltip}
              onCommit={range => onCommit(item.id, range)}
            />
          )
          : <TimelineMark key={`${index}-${mark.type}`} view={view} mark={mark} title={tooltip} />)}
      </div>
    </div>
  )
}
