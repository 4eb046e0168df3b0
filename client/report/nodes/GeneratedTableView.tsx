import type { GeneratedTable } from '../../../shared/report/generatedTable'
import { LineChart } from './LineChart'

/** A computed table drawn the way the DOCX and PDF draw it: group rows across, totals bold, notes under it. */
export function GeneratedTableView ({ table }: { table: GeneratedTable }) {
  const span = Math.max(1, table.columns.length)
  return (
    <div className="generated-table">
      {table.rows.length === 0 && table.empty
        ? <p className="generated-table__empty">{table.empty}</p>
        : (
          <div className="table-wrap">
            <table className="report-table">
              <thead>
                <tr>{table.columns.map((column, index) => <th key={index} scope="col">{column}</th>)}</tr>
              </thead>
              <tbody>
                {table.rows.map((row, index) => row.group
                  ? <tr key={index} className="report-table__group"><th colSpan={span} scope="colgroup">{row.cells.join(' ')}</th></tr>
                  : (
                    <tr key={index} className={row.total ? 'report-table__total' : undefined} data-node-id={row.nodeId}>
                      {row.cells.map((cell, cellIndex) => <td key={cellIndex}>{cell}</td>)}
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        )}
      {table.notes.map((note, index) => <p key={index} className="generated-table__note">{note}</p>)}
      {table.charts?.map((chart, index) => <LineChart key={index} title={chart.title} points={chart.points} />)}
    </div>
  )
}
