import { planStrings } from './planStrings'

const columns = ['number', 'title', 'timing', 'audience', 'expectedResult', 'responsible', 'organisation', 'status'] as const

/** The official form's header row (sticky) and the column widths of a landscape table. */
export function PlanTableHead () {
  return (
    <>
      <colgroup>
        {columns.map(column => <col key={column} className={`plan-col plan-col--${column}`} />)}
      </colgroup>
      <thead>
        <tr>
          {columns.map(column => <th key={column} scope="col" className={`plan-th plan-th--${column}`}>{planStrings.columns[column]}</th>)}
        </tr>
      </thead>
    </>
  )
}
