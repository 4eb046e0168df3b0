import { reviewStrings } from '../reviewStrings'

/** «Замечание» on the selected row (also Ctrl+Alt+M): a thread on the row, or on its selected cell. */
export function AnnotateRowButton ({ onAnnotate }: { onAnnotate: () => void }) {
  return (
    <button
      type="button"
      className="annotate-row"
      title={reviewStrings.annotateRowTitle}
      data-testid="annotate-row"
      tabIndex={-1}
      onMouseDown={event => { event.preventDefault(); event.stopPropagation() }}
      onClick={onAnnotate}
    >✎ {reviewStrings.annotateRow}</button>
  )
}
