import { useId } from 'react'
import type * as Y from 'yjs'
import { validateCell } from '../../../shared/report/typedTableSchemas'
import { CellType, type TypedColumn } from '../../../shared/report/typedTableKinds'
import { YTextField } from '../../sync/YTextField'
import { reportStrings } from '../reportStrings'
import { useYTextValue } from '../../sync/useYTextValue'

export interface TypedCellProps {
  column: TypedColumn
  /** Null for a column added to the kind after the row was made: shown empty, never created here. */
  text: Y.Text | null
  rowNumber: number
  readOnly: boolean
}

/**
 * One cell: a live text field, kept exactly as typed. Its column type only
 * decides what validation says under it («около 40» in a number column is
 * flagged, not rewritten or refused).
 */
export function TypedCell ({ column, text, rowNumber, readOnly }: TypedCellProps) {
  const errorId = useId()
  const value = useYTextValue(text)
  const error = text ? validateCell(column.type, value) : null
  return (
    <td className={`typed-cell${error ? ' is-invalid' : ''}`} data-testid="typed-cell" data-column={column.key}>
      {text
        ? (
          <YTextField
            text={text}
            readOnly={readOnly}
            multiline={column.type === CellType.text}
            className="typed-cell__field"
            aria-label={reportStrings.typed.cellLabel(column.label, rowNumber)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            inputMode={column.type === CellType.number ? 'numeric' : undefined}
          />
        )
        : <span className="muted">{reportStrings.typed.noCell}</span>}
      {error && <div id={errorId} className="typed-cell__error" data-testid="typed-cell-error">{error}</div>}
    </td>
  )
}
