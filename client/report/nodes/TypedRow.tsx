import { useState } from 'react'
import * as Y from 'yjs'
import type { RecordMap } from '../../../shared/report/reportDoc'
import type { TypedColumn } from '../../../shared/report/typedTableKinds'
import { reportStrings } from '../reportStrings'
import { TypedCell } from './TypedCell'

export interface TypedRowProps {
  row: RecordMap
  rowNumber: number
  columns: TypedColumn[]
  writable: boolean
  onRemove: () => void
}

/** One row of a typed table. Removing a row that has text asks once more: typed tables have no undo. */
export function TypedRow ({ row, rowNumber, columns, writable, onRemove }: TypedRowProps) {
  const [confirming, setConfirming] = useState(false)
  const remove = () => {
    const hasText = columns.some(column => {
      const text = row.get(column.key)
      return text instanceof Y.Text && text.length > 0
    })
    if (hasText && !confirming) setConfirming(true)
    else onRemove()
  }
  return (
    <tr>
      {columns.map(column => {
        const text = row.get(column.key)
        return <TypedCell key={column.key} column={column} text={text instanceof Y.Text ? text : null} rowNumber={rowNumber} readOnly={!writable} />
      })}
      {writable && (
        <td className="typed-table__row-actions">
          <button
            type="button"
            className={`button ${confirming ? 'button--danger' : 'button--secondary'} typed-table__remove`}
            title={reportStrings.typed.removeRow}
            aria-label={`${reportStrings.typed.removeRow} ${rowNumber}`}
            onClick={remove}
            onBlur={() => setConfirming(false)}
          >
            {confirming ? reportStrings.typed.confirmRemove : '×'}
          </button>
        </td>
      )}
    </tr>
  )
}
