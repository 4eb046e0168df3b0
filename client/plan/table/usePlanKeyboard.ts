import type { KeyboardEvent } from 'react'
import type * as Y from 'yjs'
import type { PlanNode } from '../../../shared/plan/planSnapshot'
import { cellField, moveCell, type NavMove } from './cellNavigation'
import { cellKeyAction, editorKeyAction, selectKeyAction, type KeyInput, type PlanKeyAction, type RowCommand } from './planKeyAction'
import type { CellEditSession } from './useCellEditSession'
import type { PlanGrid } from './usePlanGrid'

export interface PlanKeyboardOptions {
  rows: readonly PlanNode[]
  grid: PlanGrid
  session: CellEditSession
  canWrite: boolean
  undo: Y.UndoManager | null
  onCommand: (command: RowCommand, nodeId: string | null) => void
  onToggleOutcome: (nodeId: string) => void
  onFocusStatus: (nodeId: string) => void
  onAnnotate: (nodeId: string, column: number | null) => void
}

/** Which part of the table a key press came from decides which keymap applies. */
function actionFor (target: HTMLElement, input: KeyInput): PlanKeyAction | null {
  if (target.hasAttribute('data-plan-editor')) return editorKeyAction(input)
  if (target.hasAttribute('data-plan-status')) return selectKeyAction(input)
  if (target.hasAttribute('data-plan-outcome')) {
    // The «Итоги» fields are plain text fields; only undo is routed to the plan's undo.
    const action = editorKeyAction(input)
    return action?.type === 'undo' || action?.type === 'redo' ? action : null
  }
  // A selected cell, or the input catcher inside it (which takes IME and dictation).
  if (target.hasAttribute('data-plan-cell') || target.hasAttribute('data-plan-catcher')) return cellKeyAction(input)
  return null
}

/** The table's keydown handler: one listener on the table for every cell, editor and select. */
export function usePlanKeyboard ({ rows, grid, session, canWrite, undo, onCommand, onToggleOutcome, onFocusStatus, onAnnotate }: PlanKeyboardOptions) {
  /** Moves the active cell; false when it cannot move (Tab then leaves the table, as Tab should). */
  const move = (to: NavMove): boolean => {
    if (rows.length === 0) return false
    const index = grid.active ? rows.findIndex(row => row.id === grid.active!.nodeId) : -1
    if (index < 0) {
      grid.select({ nodeId: rows[0].id, column: 0 }, { focus: true })
      return true
    }
    const from = { row: index, column: grid.active!.column }
    const next = moveCell(rows, from, to)
    const stuck = next.row === from.row && cellField(rows[index].kind, next.column) === cellField(rows[index].kind, from.column)
    if (stuck && (to === 'next' || to === 'previous')) return false
    grid.select({ nodeId: rows[next.row].id, column: next.column }, { focus: true })
    return true
  }

  /** Does what the key means; false when the key should keep its browser meaning. */
  const run = (action: PlanKeyAction, target: HTMLElement): boolean => {
    const active = grid.active
    const row = active ? rows.find(candidate => candidate.id === active.nodeId) : undefined
    const field = row && active ? cellField(row.kind, active.column) : null
    switch (action.type) {
      case 'move': return move(action.move)
      case 'leave':
        if (action.cancel) session.cancel()
        else grid.stopEdit(true)
        if (action.then) move(action.then)
        return true
      case 'newline': {
        // Through the field's own input path, so the caret stays where the break went in.
        if (!(target instanceof HTMLTextAreaElement)) return false
        target.setRangeText('\n', target.selectionStart, target.selectionEnd, 'end')
        target.dispatchEvent(new Event('input', { bubbles: true }))
        return true
      }
      case 'undo':
      case 'redo':
        if (canWrite && undo) {
          if (action.type === 'undo') undo.undo()
          else undo.redo()
        }
        return true
      case 'row':
        if (row) onCommand(action.command, row.id)
        return true
      case 'outcome':
        if (row?.kind === 'item') onToggleOutcome(row.id)
        return true
      case 'annotate':
        if (row && active) onAnnotate(row.id, active.column)
        return true
      case 'edit':
        if (!canWrite || !row || !field) return true
        if (field === 'status') onFocusStatus(row.id)
        else session.start()
        return true
      case 'type':
        // A reader's typing does nothing (and keeps the browser's own meaning, e.g. Space scrolls).
        if (!canWrite || !row || !field || field === 'status') return false
        // The first letter replaces the text here; the editor opens with the caret after it and takes the rest.
        session.start({ nodeId: row.id, field, text: action.text })
        return true
    }
  }

  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.nativeEvent.isComposing) return
    const input: KeyInput = { key: event.key, code: event.code, ctrl: event.ctrlKey, shift: event.shiftKey, alt: event.altKey, meta: event.metaKey }
    const action = actionFor(event.target as HTMLElement, input)
    if (!action || !run(action, event.target as HTMLElement)) return
    event.preventDefault()
    event.stopPropagation()
  }
}
