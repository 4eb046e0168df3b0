import { useCallback, useMemo, useRef, useState, type RefObject } from 'react'

/** The selected cell: a row by id (it survives remote inserts and moves) and a column of navColumns. */
export interface ActiveCell {
  nodeId: string
  column: number
}

/** Where focus should go on the next render (the row may not be rendered yet). */
export type FocusRequest =
  | { kind: 'cell'; nodeId: string }
  | { kind: 'outcome'; nodeId: string; field: string }

export interface PlanGrid {
  active: ActiveCell | null
  editing: boolean
  expanded: ReadonlySet<string>
  focusRequest: RefObject<FocusRequest | null>
  /** Selects a cell; `focus` moves keyboard focus to it (keyboard use), a click focuses by itself. */
  select: (cell: ActiveCell, options?: { focus?: boolean; edit?: boolean }) => void
  startEdit: () => void
  stopEdit: (focus: boolean) => void
  setExpanded: (nodeId: string, open: boolean) => void
  requestFocus: (request: FocusRequest) => void
}

/** The table's selection, editing and expanded-rows state, shared with the toolbar and the problems panel. */
export function usePlanGrid (): PlanGrid {
  const [active, setActive] = useState<ActiveCell | null>(null)
  const [editing, setEditing] = useState(false)
  const [expanded, setExpandedSet] = useState<ReadonlySet<string>>(() => new Set())
  const focusRequest = useRef<FocusRequest | null>(null)
  const activeRef = useRef(active)
  activeRef.current = active

  const select = useCallback((cell: ActiveCell, options: { focus?: boolean; edit?: boolean } = {}) => {
    setActive(prev => prev && prev.nodeId === cell.nodeId && prev.column === cell.column ? prev : cell)
    setEditing(options.edit ?? false)
    if (options.focus && !options.edit) focusRequest.current = { kind: 'cell', nodeId: cell.nodeId }
  }, [])
  const startEdit = useCallback(() => setEditing(true), [])
  const stopEdit = useCallback((focus: boolean) => {
    setEditing(false)
    if (focus && activeRef.current) focusRequest.current = { kind: 'cell', nodeId: activeRef.current.nodeId }
  }, [])
  const setExpanded = useCallback((nodeId: string, open: boolean) => {
    setExpandedSet(prev => {
      if (prev.has(nodeId) === open) return prev
      const next = new Set(prev)
      if (open) next.add(nodeId)
      else next.delete(nodeId)
      return next
    })
  }, [])
  const requestFocus = useCallback((request: FocusRequest) => { focusRequest.current = request }, [])

  return useMemo(
    () => ({ active, editing, expanded, focusRequest, select, startEdit, stopEdit, setExpanded, requestFocus }),
    [active, editing, expanded, select, startEdit, stopEdit, setExpanded, requestFocus],
  )
}
