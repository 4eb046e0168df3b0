import { reviewStrings } from '../reviewStrings'

export interface RowAnnotationMarkerProps {
  nodeId: string
  count: number
  onOpen: (nodeId: string) => void
}

/** A coloured count of a row's open threads; a click opens the first of them in the panel. */
export function RowAnnotationMarker ({ nodeId, count, onOpen }: RowAnnotationMarkerProps) {
  return (
    <button
      type="button"
      className="row-annotation-marker"
      title={reviewStrings.rowMarker(count)}
      aria-label={reviewStrings.rowMarker(count)}
      data-testid="row-annotation-marker"
      data-count={count}
      tabIndex={-1}
      // The number cell is not a grid cell: keep the row's selection as it is.
      onMouseDown={event => event.stopPropagation()}
      onClick={() => onOpen(nodeId)}
    >{count}</button>
  )
}
