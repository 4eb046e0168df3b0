import { useEffect, useState } from 'react'
import * as Y from 'yjs'
import { reportTables, type RecordMap } from '../../../shared/report/reportDoc'
import { isTypedTableKind, type TypedTableKind } from '../../../shared/report/typedTableKinds'

export interface TypedTableState {
  kind: TypedTableKind
  rows: Y.Array<RecordMap>
  /** The rows' maps in order; a new array whenever a row is added or removed. */
  list: RecordMap[]
}

function read (doc: Y.Doc, tableId: string | null): TypedTableState | null {
  const table = tableId ? reportTables(doc).get(tableId) : undefined
  const kind = table?.get('kind')
  const rows = table?.get('rows')
  if (!isTypedTableKind(kind) || !(rows instanceof Y.Array)) return null
  return { kind, rows: rows as Y.Array<RecordMap>, list: rows.toArray().filter((row): row is RecordMap => row instanceof Y.Map) }
}

/**
 * One typed table, re-read when rows are added or removed (or the table
 * itself appears, e.g. its creation arriving after the node). Cell text is
 * observed by each cell, so typing re-renders one cell, not the table.
 */
export function useTypedTable (doc: Y.Doc, tableId: string | null): TypedTableState | null {
  const [state, setState] = useState(() => read(doc, tableId))
  useEffect(() => {
    setState(read(doc, tableId))
    if (!tableId) return
    const tables = reportTables(doc)
    let rows: Y.Array<RecordMap> | null = null
    const onRows = () => setState(read(doc, tableId))
    const bind = () => {
      rows?.unobserve(onRows)
      rows = read(doc, tableId)?.rows ?? null
      rows?.observe(onRows)
      setState(read(doc, tableId))
    }
    const onTables = (event: Y.YMapEvent<RecordMap>) => {
      if (event.keysChanged.has(tableId)) bind()
    }
    bind()
    tables.observe(onTables)
    return () => {
      tables.unobserve(onTables)
      rows?.unobserve(onRows)
    }
  }, [doc, tableId])
  return state
}
