import type { DragEvent } from 'react'
import type { RowPresence } from './rowPresence'
import { RowPresenceMarkers } from './RowPresenceMarkers'
import { planStrings } from './planStrings'

export interface NumberCellProps {
  nodeId: string
  number: string
  canWrite: boolean
  presence: readonly RowPresence[] | undefined
  onDragStart: (nodeId: string, event: DragEvent) => void
  onDragEnd: () => void
}

/** «№ п/п»: the derived number, the drag handle and who else is on the row. */
export function NumberCell ({ nodeId, number, canWrite, presence, onDragStart, onDragEnd }: NumberCellProps) {
  return (
    <td className="plan-number" data-testid="plan-cell-number">
      <div className="plan-number__line">
        {canWrite && (
          <span
            className="plan-drag-handle"
            draggable
            title={planStrings.row.dragHandle}
            aria-hidden="true"
            data-testid="plan-drag-handle"
            onDragStart={event => onDragStart(nodeId, event)}
            onDragEnd={onDragEnd}
          >⠿</span>
        )}
        <span className="plan-number__text">{number}</span>
      </div>
      <RowPresenceMarkers people={presence} />
    </td>
  )
}
