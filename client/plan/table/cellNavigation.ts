/**
 * Where the active cell goes on a navigation key: spreadsheet rules over the
 * plan's rows. A section row has one cell (its title, spanning the table);
 * the column is remembered while passing through it, so ↓ from «Сроки» of
 * 1.7 over section 2 lands on «Сроки» of 2.1.
 */
import type { NodeKind } from '../../../shared/plan/planFields'

/** The navigable columns of an item row, left to right (the number is not a cell). */
export const navColumns = ['title', 'timing', 'audience', 'expectedResult', 'responsible', 'organisation', 'status'] as const
export type NavColumn = (typeof navColumns)[number]

export interface GridRow {
  id: string
  kind: NodeKind
}

/** A row index into the visible rows and a column index into navColumns. */
export interface GridCell {
  row: number
  column: number
}

export type NavMove = 'up' | 'down' | 'left' | 'right' | 'next' | 'previous' | 'home' | 'end' | 'first' | 'last' | 'pageUp' | 'pageDown'

/** Rows jumped by PageUp / PageDown. */
const PAGE_ROWS = 10

function lastColumn (kind: NodeKind): number {
  return kind === 'item' ? navColumns.length - 1 : 0
}

/** The column actually shown as active on a row (a section only has its title). */
export function effectiveColumn (kind: NodeKind, column: number): number {
  return Math.max(0, Math.min(column, lastColumn(kind)))
}

export function cellField (kind: NodeKind, column: number): NavColumn {
  return navColumns[effectiveColumn(kind, column)]
}

export function moveCell (rows: readonly GridRow[], cell: GridCell, move: NavMove): GridCell {
  if (rows.length === 0) return cell
  const row = Math.max(0, Math.min(cell.row, rows.length - 1))
  const kind = rows[row].kind
  const column = effectiveColumn(kind, cell.column)
  const clampRow = (index: number) => Math.max(0, Math.min(index, rows.length - 1))
  switch (move) {
    case 'up': return { row: clampRow(row - 1), column: cell.column }
    case 'down': return { row: clampRow(row + 1), column: cell.column }
    case 'pageUp': return { row: clampRow(row - PAGE_ROWS), column: cell.column }
    case 'pageDown': return { row: clampRow(row + PAGE_ROWS), column: cell.column }
    case 'left': return { row, column: Math.max(0, column - 1) }
    case 'right': return { row, column: Math.min(lastColumn(kind), column + 1) }
    case 'home': return { row, column: 0 }
    case 'end': return { row, column: lastColumn(kind) }
    case 'first': return { row: 0, column: cell.column }
    case 'last': return { row: rows.length - 1, column: cell.column }
    case 'next':
      if (column < lastColumn(kind)) return { row, column: column + 1 }
      return row < rows.length - 1 ? { row: row + 1, column: 0 } : { row, column }
    case 'previous':
      if (column > 0) return { row, column: column - 1 }
      return row > 0 ? { row: row - 1, column: lastColumn(rows[row - 1].kind) } : { row, column }
  }
}
