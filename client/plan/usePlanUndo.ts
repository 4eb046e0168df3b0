import { useEffect, useMemo } from 'react'
import * as Y from 'yjs'
import { planNodes } from '../../shared/plan/planDoc'

/**
 * Undo/redo of this user's own changes to the plan (Ctrl+Z / Ctrl+Y).
 * Y.UndoManager tracks only local transactions (origin null), so a
 * colleague's edits are never undone from here.
 */
export function usePlanUndo (doc: Y.Doc | null): Y.UndoManager | null {
  const manager = useMemo(() => doc ? new Y.UndoManager(planNodes(doc), { captureTimeout: 500 }) : null, [doc])
  useEffect(() => () => manager?.destroy(), [manager])
  return manager
}
