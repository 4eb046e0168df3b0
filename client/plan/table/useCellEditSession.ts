import { useMemo, useRef } from 'react'
import type * as Y from 'yjs'
import { nodeText, planNodes } from '../../../shared/plan/planDoc'
import type { PlanTextField } from '../../../shared/plan/planFields'
import type { PlanGrid } from './usePlanGrid'

/** Text that replaces a cell's as its edit begins: what was typed on the selected cell. */
export interface CellReplacement {
  nodeId: string
  field: PlanTextField
  text: string
}

export interface CellEditSession {
  /** Opens the active cell's editor; with a replacement, the typed text takes the cell's place (as in a spreadsheet). */
  start: (replacement?: CellReplacement) => void
  /** Escape: the cell goes back to what it was when the edit began (this user's changes only), and the editor closes. */
  cancel: () => void
}

/**
 * One edit of one cell, from opening the editor to leaving it. Every change is
 * live for everyone as it is typed, so cancelling is undoing: the plan's
 * undo manager (own changes only) is cut at the start of the edit, and Escape
 * undoes back to that cut; a colleague's typing in the same cell stays.
 */
export function useCellEditSession (doc: Y.Doc, grid: PlanGrid, undo: Y.UndoManager | null): CellEditSession {
  const mark = useRef<number | null>(null)
  return useMemo(() => ({
    start (replacement) {
      if (undo) {
        undo.stopCapturing()
        mark.current = undo.undoStack.length
      }
      if (replacement) {
        const node = planNodes(doc).get(replacement.nodeId)
        const text = node ? nodeText(node, replacement.field) : null
        if (text) {
          doc.transact(() => {
            text.delete(0, text.length)
            text.insert(0, replacement.text)
          })
        }
      }
      grid.startEdit()
    },
    cancel () {
      if (undo && mark.current !== null) {
        const edits = undo.undoStack.length - mark.current
        for (let index = 0; index < edits; index++) undo.undo()
        // A cancelled edit is not something to «Вернуть» (Ctrl+Y) later.
        if (edits > 0) undo.clear(false, true)
      }
      mark.current = null
      grid.stopEdit(true)
    },
  }), [doc, grid, undo])
}
