/**
 * A Word table as a grid of columns. mammoth writes merged cells as HTML
 * spans: a horizontal merge is one cell with `colspan`, a vertical merge is
 * one cell with `rowspan` and no cell at all in the rows below. Left as is,
 * every cell right of a vertical merge would shift one column left in those
 * rows; so each cell is put at its real column and the places a span covers
 * are marked.
 */
import type { CellNote, DocxCell } from './docxBlocks'

export interface GridCell {
  text: string
  /** Where the text came from when this place is covered by a vertical merge from above. */
  mergedFrom?: { row: number; column: number }
  /** Covered by a horizontal merge from the left (always empty). */
  spanned?: boolean
  autoNumberLevel?: number
  autoNumberedTextLevel?: number
  notes?: CellNote[]
}

export function tableGrid (rows: readonly (readonly DocxCell[])[]): GridCell[][] {
  const grid: GridCell[][] = rows.map(() => [])
  rows.forEach((row, r) => {
    let column = 0
    for (const cell of row) {
      while (grid[r][column] !== undefined) column++ // a place held by a vertical merge from above
      for (let down = 0; down < cell.rowspan && r + down < rows.length; down++) {
        for (let across = 0; across < cell.colspan; across++) {
          const place: GridCell = down === 0 && across === 0
            ? { text: cell.text }
            : down === 0
              ? { text: '', spanned: true }
              : across === 0 ? { text: cell.text, mergedFrom: { row: r, column } } : { text: '', spanned: true }
          if (down === 0 && across === 0) {
            if (cell.autoNumberLevel !== undefined) place.autoNumberLevel = cell.autoNumberLevel
            if (cell.autoNumberedTextLevel !== undefined) place.autoNumberedTextLevel = cell.autoNumberedTextLevel
            if (cell.notes) place.notes = cell.notes
          }
          grid[r + down][column + across] = place
        }
      }
      column += cell.colspan
    }
  })
  // Rows shorter than a merge below them leave holes: fill them, so every row is an array of strings.
  for (const row of grid) for (let c = 0; c < row.length; c++) row[c] ??= { text: '' }
  return grid
}
