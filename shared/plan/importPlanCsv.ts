/**
 * Reads a plan saved as CSV (Excel, LibreOffice, 1С exports): `;` or `,`
 * separated, quoted cells with separators and line breaks inside. A `.csv`
 * once went through the tab-separated reader and every `;` line became a
 * section title (issue 14 item 10); Papa Parse reads it instead, guessing the
 * separator, and the rows go to importPlanRows like those of every reader.
 */
import Papa from 'papaparse'
import type { ImportedPlan } from './importedPlan'
import { importPlanRows } from './importPlanRows'

/** Separators tried, in order of how Russian-locale programs save CSV (`;` since `,` is the decimal mark). */
const CSV_DELIMITERS = [';', ',', '\t']

export function importPlanCsv (text: string): ImportedPlan {
  const rows: string[][] = []
  const lines: number[] = []
  let cursor = 0
  let line = 1
  const source = text.replace(/^\uFEFF/, '')
  Papa.parse<string[]>(source, {
    delimitersToGuess: CSV_DELIMITERS,
    skipEmptyLines: 'greedy',
    step: (result) => {
      // The row starts after the previous row's end; its line is counted up to there.
      const start = source.slice(cursor).search(/\S/)
      const from = start < 0 ? cursor : cursor + start
      line += countNewlines(source, cursor, from)
      rows.push(result.data.map(cell => cell.replace(/\r\n?/g, '\n')))
      lines.push(line)
      line += countNewlines(source, from, result.meta.cursor)
      cursor = result.meta.cursor
    },
  })
  return importPlanRows(rows, { lines })
}

function countNewlines (text: string, from: number, to: number): number {
  let count = 0
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) count++
  return count
}
