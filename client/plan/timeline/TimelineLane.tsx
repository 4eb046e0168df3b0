import type { TimelineLane as Lane } from '../../../shared/timeline/timelineModel'
import { oneLine } from './oneLine'
import { TimelineItemRow, type TimelineItemRowProps } from './TimelineItemRow'
import { timelineStrings } from './timelineStrings'

export interface TimelineLaneProps extends Omit<TimelineItemRowProps, 'row' | 'tabbable' | 'selected'> {
  lane: Lane
  tabbableId: string | null
  selectedId: string | null
}

/** A section: its number and title across the chart, then a row per item with a timing. */
export function TimelineLane ({ lane, tabbableId, selectedId, ...rowProps }: TimelineLaneProps) {
  const { section } = lane
  const headingId = `timeline-lane-${section.id}`
  return (
    <div className="timeline-lane" role="group" aria-labelledby={headingId} data-testid="timeline-lane" data-node-id={section.id} data-number={section.number}>
      <div className="timeline-lane__head" id={headingId}>
        <span className="timeline-lane__number">{section.number}.</span>
        <span className="timeline-lane__title">{oneLine(section.fields.title) || timelineStrings.untitled}</span>
        {lane.unscheduledCount > 0 && <span className="timeline-lane__note">{timelineStrings.laneUnscheduled(lane.unscheduledCount)}</span>}
      </div>
      {lane.rows.length === 0 && <div className="timeline-lane__empty">{timelineStrings.laneEmpty}</div>}
      {lane.rows.map(row => (
        <TimelineItemRow
          key={row.item.id}
          row={row}
          tabbable={row.item.id === tabbableId}
          selected={row.item.id === selectedId}
          {...rowProps}
        />
      ))}
    </div>
  )
}
