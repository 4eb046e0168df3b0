import type { KeyboardEvent } from 'react'
import { statusLabels } from '../../../shared/plan/planFields'
import type { TimelineRow } from '../../../shared/timeline/timelineModel'
import { oneLine } from './oneLine'
import { timelineStrings } from './timelineStrings'

export interface UnscheduledListProps {
  rows: TimelineRow[]
  tabbableId: string | null
  selectedId: string | null
  onOpen: (id: string) => void
  onKeyDown: (event: KeyboardEvent<HTMLElement>, row: TimelineRow) => void
}

/**
 * Items the timeline cannot place («по графику ОУ», «по запросу», an unread
 * phrase), listed with their timing exactly as written: never dropped.
 */
export function UnscheduledList ({ rows, tabbableId, selectedId, onOpen, onKeyDown }: UnscheduledListProps) {
  if (rows.length === 0) return null
  return (
    <section className="timeline-unscheduled" aria-labelledby="timeline-unscheduled-title" data-testid="timeline-unscheduled">
      <h2 className="timeline-unscheduled__title" id="timeline-unscheduled-title">
        {timelineStrings.unscheduled.title} <span className="timeline-unscheduled__count">{rows.length}</span>
      </h2>
      <p className="timeline-unscheduled__hint">{timelineStrings.unscheduled.hint}</p>
      <ul className="timeline-unscheduled__list">
        {rows.map(row => {
          const { item, schedule } = row
          const title = oneLine(item.fields.title) || timelineStrings.untitled
          const raw = oneLine(schedule.raw)
          const kind = schedule.unparsed ? timelineStrings.unscheduled.unparsed : timelineStrings.unscheduled.external
          return (
            <li key={item.id}>
              <button
                type="button"
                className={`timeline-unscheduled__item is-${item.status}${item.id === selectedId ? ' is-selected' : ''}`}
                tabIndex={item.id === tabbableId ? 0 : -1}
                aria-pressed={item.id === selectedId}
                data-testid="timeline-unscheduled-item"
                data-node-id={item.id}
                data-number={item.number}
                data-nav-id={item.id}
                onClick={() => onOpen(item.id)}
                onKeyDown={event => onKeyDown(event, row)}
              >
                <span className="timeline-item__number">{item.number}</span>
                <span className="timeline-unscheduled__name">{title}</span>
                <span className={`timeline-unscheduled__timing${schedule.unparsed ? ' is-unparsed' : ''}`} title={kind}>
                  {raw || timelineStrings.unscheduled.emptyTiming}
                </span>
                <span className="timeline-unscheduled__status">{statusLabels[item.status]}</span>
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
