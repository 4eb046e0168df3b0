import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { addTypedRow } from '../../../shared/report/reportDoc'
import { typedTableDefinitions } from '../../../shared/report/typedTableKinds'
import { useReportContext } from '../ReportContext'
import { reportStrings } from '../reportStrings'
import { TypedRow } from './TypedRow'
import { useTypedTable } from './useTypedTable'

/** A typed table inside a section: a header from its kind, one live field per cell, rows added and removed by editors. */
export function TypedTableView ({ node, editor }: ReactNodeViewProps) {
  const { reportDoc, canWrite } = useReportContext()
  const tableId = typeof node.attrs.tableId === 'string' ? node.attrs.tableId : null
  const table = useTypedTable(reportDoc, tableId)
  // Both must allow it: the role, and the editor (a read-only editor never writes).
  const writable = canWrite && editor.isEditable

  if (!table) {
    return (
      <NodeViewWrapper className="typed-table is-missing" contentEditable={false} data-testid="typed-table">
        <p className="generated-block__message">{reportStrings.typed.missing}</p>
      </NodeViewWrapper>
    )
  }
  const definition = typedTableDefinitions[table.kind]
  return (
    <NodeViewWrapper
      className="typed-table"
      contentEditable={false}
      data-testid="typed-table"
      data-kind={table.kind}
    >
      <div className="typed-table__title">{definition.title}</div>
      <div className="table-wrap">
        <table className="report-table report-table--typed">
          <thead>
            <tr>
              {definition.columns.map(column => <th key={column.key} scope="col">{column.label}</th>)}
              {writable && <th scope="col" className="typed-table__row-actions"><span className="visually-hidden">{reportStrings.typed.removeRow}</span></th>}
            </tr>
          </thead>
          <tbody>
            {table.list.map((row, index) => (
              <TypedRow
                key={typeof row.get('id') === 'string' ? row.get('id') as string : index}
                row={row}
                rowNumber={index + 1}
                columns={definition.columns}
                writable={writable}
                onRemove={() => {
                  // Find the row again at click time: others may have added or removed rows since.
                  const at = table.rows.toArray().indexOf(row)
                  if (at >= 0) table.rows.delete(at, 1)
                }}
              />
            ))}
          </tbody>
        </table>
      </div>
      {writable && (
        <button type="button" className="button button--secondary typed-table__add" data-testid="typed-row-add" onClick={() => tableId && addTypedRow(reportDoc, tableId)}>
          {reportStrings.typed.addRow}
        </button>
      )}
    </NodeViewWrapper>
  )
}
