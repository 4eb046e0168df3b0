/**
 * Reads a plan pasted or saved as plain text: one table row per line, cells
 * separated by tabs (what Word gives when a table is copied or saved as text).
 *
 * The text layer only rebuilds rows; what a row means is decided by
 * importPlanRows, shared with the DOCX reader. Two things are text-specific:
 * - a line break inside a cell ends the line early, so a line with fewer
 *   cells than the header continues on the next line (its first piece belongs
 *   to the cell that was cut, joined with "\n"); blank lines inside such a
 *   cell are kept as empty lines of that cell;
 * - blank lines between rows carry nothing (a row broken over pages in Word
 *   leaves one) and are skipped; the line numbers of the source are kept.
 */
import { parseSourceNumber } from './derivedNumber'
import type { ImportedPlan } from './importedPlan'
import { importPlanRows } from './importPlanRows'
import { detectHeader } from './planColumns'

export interface TextRows {
  rows: string[][]
  /** 1-based source line of each row (its first line when it was rebuilt from several). */
  lines: number[]
}

/** Splits text into table rows; see the file comment for the rules. */
export function splitPlanText (text: string): TextRows {
  const sourceLines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n')
  const filled = sourceLines.flatMap((line, index) => (line.trim() === '' ? [] : [index]))
  const header = detectHeader(filled.map((index) => sourceLines[index].split('\t')))
  const headerLine = header === undefined ? -1 : filled[header.index]
  const width = header?.width ?? 0

  const rows: string[][] = []
  const lines: number[] = []
  let open: string[] | undefined // a row cut short by a line break inside its last cell
  let blanks = 0
  sourceLines.forEach((line, index) => {
    if (line.trim() === '') {
      if (open !== undefined) blanks++
      return
    }
    const cells = line.split('\t')
    const continues = open !== undefined && index > headerLine &&
      open.length + cells.length - 1 <= width && parseSourceNumber(cells[0]) === undefined
    if (open !== undefined && continues) {
      open[open.length - 1] += '\n'.repeat(blanks + 1) + cells[0]
      open.push(...cells.slice(1))
    } else {
      rows.push(cells)
      lines.push(index + 1)
      open = cells
    }
    blanks = 0
    // Only a data row that already has several cells can have been cut by a
    // line break; a lone line is a title or a section row, complete in itself.
    if (index <= headerLine || open.length < 2 || open.length >= width) open = undefined
  })
  return { rows, lines }
}

/** Imports a plan from tab-separated text; a title above the header becomes the plan's title. */
export function importPlanText (text: string): ImportedPlan {
  const { rows, lines } = splitPlanText(text)
  return importPlanRows(rows, { lines })
}
