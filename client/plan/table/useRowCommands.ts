import { useCallback } from 'react'
import type * as Y from 'yjs'
import { childrenOf } from '../../../shared/plan/planDoc'
import { addChildItem, addItemBelow, addSection, indentRow, moveRow, outdentRow } from './planCommands'
import type { RowCommand } from './planKeyAction'
import type { PlanGrid } from './usePlanGrid'

export interface RowCommandsOptions {
  doc: Y.Doc
  undo: Y.UndoManager | null
  grid: PlanGrid
  canWrite: boolean
  /** Deleting asks first: the caller shows the confirmation. */
  onRemove: (nodeId: string) => void
}

/**
 * Runs a row command (a button, a shortcut or the toolbar) as one undo step
 * and keeps the keyboard on the row it concerns. `nodeId` null means «at the
 * end of the plan» (the toolbar with nothing selected). Read-only roles never
 * get here with an effect: the guard is the last line, not the only one.
 */
export function useRowCommands ({ doc, undo, grid, canWrite, onRemove }: RowCommandsOptions) {
  return useCallback((command: RowCommand, nodeId: string | null) => {
    if (!canWrite) return
    if (command === 'remove') {
      if (nodeId) onRemove(nodeId)
      return
    }
    const lastSection = () => childrenOf(doc, null).at(-1)?.[0] ?? addSection(doc, null)
    undo?.stopCapturing()
    const selected = doc.transact((): string | null => {
      switch (command) {
        case 'addBelow': return nodeId ? addItemBelow(doc, nodeId) : addChildItem(doc, lastSection())
        case 'addChild': return addChildItem(doc, nodeId ?? lastSection())
        case 'addSection': return addSection(doc, nodeId)
        case 'indent': return nodeId ? indentRow(doc, nodeId) : null
        case 'outdent': return nodeId ? outdentRow(doc, nodeId) : null
        case 'moveUp': return nodeId ? moveRow(doc, nodeId, -1) : null
        case 'moveDown': return nodeId ? moveRow(doc, nodeId, 1) : null
      }
    })
    undo?.stopCapturing()
    if (!selected) return
    const added = command === 'addBelow' || command === 'addChild' || command === 'addSection'
    grid.select({ nodeId: selected, column: added ? 0 : grid.active?.column ?? 0 }, { focus: true })
  }, [doc, undo, grid, canWrite, onRemove])
}
