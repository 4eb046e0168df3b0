/**
 * Vertically merged cells of the plan table («Ожидаемый результат» shared by
 * 19 sub-items). A cell flagged "merged up" belongs to the run of the cell
 * above it; the run's value is the first row's. Runs cross only item rows:
 * a section or sub-heading row ends them, and a flag with no item above is
 * ignored (the cell shows its own text), so a move never hides text.
 */
import { NodeKind, type PlanTextField } from './planFields'
import type { PlanNode } from './planSnapshot'

export type CellMerge =
  /** The first cell of a run of `rows` rows (itself included). */
  | { role: 'start'; rows: number }
  /** Covered by the run starting at `startId`: shows and exports that cell's value. */
  | { role: 'covered'; startId: string }

export type MergeMap = Map<string, Partial<Record<PlanTextField, CellMerge>>>

/** Runs per row id and field, for rows in display order (flattenRows). Rows not in a run are absent. */
export function cellMerges (rows: readonly PlanNode[]): MergeMap {
  const merges: MergeMap = new Map()
  const set = (id: string, field: PlanTextField, merge: CellMerge) => {
    const entry = merges.get(id) ?? {}
    entry[field] = merge
    merges.set(id, entry)
  }
  rows.forEach((row, index) => {
    const above = rows[index - 1]
    if (row.kind !== NodeKind.item || !row.mergedUp || above?.kind !== NodeKind.item) return
    for (const field of row.mergedUp) {
      const aboveMerge = merges.get(above.id)?.[field]
      const startId = aboveMerge?.role === 'covered' ? aboveMerge.startId : above.id
      if (aboveMerge === undefined) set(above.id, field, { role: 'start', rows: 1 })
      const start = merges.get(startId)![field]
      if (start?.role === 'start') start.rows++
      set(row.id, field, { role: 'covered', startId })
    }
  })
  return merges
}

/** The value a cell shows: its run's first cell's, or its own. */
export function mergedValue (rowsById: ReadonlyMap<string, PlanNode>, merges: MergeMap, row: PlanNode, field: PlanTextField): string {
  const merge = merges.get(row.id)?.[field]
  if (merge?.role === 'covered') return rowsById.get(merge.startId)?.fields[field] ?? row.fields[field]
  return row.fields[field]
}

/** For each row with covered cells: the shared value each covered cell shows. */
export function mergedCellValues (rows: readonly PlanNode[]): Map<string, Partial<Record<PlanTextField, string>>> {
  const merges = cellMerges(rows)
  const byId = new Map(rows.map((row) => [row.id, row]))
  const result = new Map<string, Partial<Record<PlanTextField, string>>>()
  for (const [id, fields] of merges) {
    const values: Partial<Record<PlanTextField, string>> = {}
    for (const [field, merge] of Object.entries(fields) as Array<[PlanTextField, CellMerge]>) {
      if (merge.role === 'covered') values[field] = byId.get(merge.startId)?.fields[field] ?? ''
    }
    if (Object.keys(values).length > 0) result.set(id, values)
  }
  return result
}
