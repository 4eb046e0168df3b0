import { planStrings } from './planStrings'

const columns = ['number', 'title', 'timing', 'audience', 'expectedResult', 'responsible', 'organisation', 'status'] as const

/**
 * The headings with soft hyphens where Russian hyphenation puts them: a column
 * narrowed by the comments panel then breaks «Ответ-ственный», not
 * «Ответств|енный» (CSS `hyphens: auto` needs a dictionary the browser may lack).
 */
const SOFT = '\u00AD'
const headings: Partial<Record<typeof columns[number], string>> = {
  title: `Наименование меро${SOFT}прия${SOFT}тия`,
  timing: `Сроки прове${SOFT}дения`,
  audience: `Целевая ауди${SOFT}тория`,
  expectedResult: `Ожидаемый резуль${SOFT}тат`,
  responsible: `Ответ${SOFT}ствен${SOFT}ный`,
  organisation: `Органи${SOFT}за${SOFT}тор`,
}

/** The official form's header row (sticky) and the column widths of a landscape table. */
export function PlanTableHead () {
  return (
    <>
      <colgroup>
        {columns.map(column => <col key={column} className={`plan-col plan-col--${column}`} />)}
      </colgroup>
      <thead>
        <tr>
          {columns.map(column => <th key={column} scope="col" className={`plan-th plan-th--${column}`}>{headings[column] ?? planStrings.columns[column]}</th>)}
        </tr>
      </thead>
    </>
  )
}
