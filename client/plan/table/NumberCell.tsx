import type { DragEvent } from 'react'
import { RowAnnotationMarker } from '../../review/plan/RowAnnotationMarker'
import type { RowAnnotations } from '../../review/plan/rowAnnotations'
import type { RowPresence } from './rowPresence'
import { RowPresenceMarkers } from './RowPresenceMarkers'
import { planStrings } from './planStrings'

export interface NumberCellProps {
  nodeId: string
  number: string
  canWrite: boolean
  presence: readonly RowPresence[] | undefined
  /** Open threads on the row: a marker beside the number. */
  annotations?: RowAnnotations
  onDragStart: (nodeId: string, event: DragEvent) => void
  onDragEnd: () => void
  onOpenAnnotations?: (nodeId: string) => void
}

/** «№ п/п»: the derived number, the drag handle, who else is on the row, and its open remarks. */
export function NumberCell ({ nodeId, number, canWrite, presence, annotations, onDragStart, onDragEnd, onOpenAnnotations }: NumberCellProps) {
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
        {annotations && onOpenAnnotations && <RowAnnotationMarker nodeId={nodeId} count={annotations.count} onOpen={onOpenAnnotations} />}
      </div>
      <RowPresenceMarkers people={presence} />
    </td>
  )
}
