/**
 * The table's keyboard map, as pure functions from a key press to an action,
 * so the shortcuts documented in «Клавиши» are the ones tested here.
 * Letter shortcuts match `code`, not `key`: with the Russian layout Ctrl+Z
 * reports key «я».
 */
import type { NavMove } from './cellNavigation'

export interface KeyInput {
  key: string
  code: string
  ctrl: boolean
  shift: boolean
  alt: boolean
  meta: boolean
}

/** Structural changes to the active row. */
export type RowCommand = 'addBelow' | 'addChild' | 'addSection' | 'remove' | 'indent' | 'outdent' | 'moveUp' | 'moveDown'

export type PlanKeyAction =
  | { type: 'move'; move: NavMove }
  | { type: 'edit' }
  /** A printable key on a selected cell: its text is replaced by the key, and editing goes on (as in a spreadsheet). */
  | { type: 'type'; text: string }
  /** Leave the editor keeping the text (`then`: and move), or `cancel`: put the cell back as it was. */
  | { type: 'leave'; then?: NavMove; cancel?: boolean }
  /** A line break inside the cell (Enter itself finishes the edit). */
  | { type: 'newline' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'row'; command: RowCommand }
  | { type: 'outcome' }
  /** A new annotation on the selected cell (commenters too). */
  | { type: 'annotate' }

const arrows: Record<string, NavMove> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' }

/** Shortcuts that work both on a cell and inside the cell editor. */
function commonAction (input: KeyInput): PlanKeyAction | null {
  const ctrl = input.ctrl || input.meta
  if (ctrl && !input.alt && input.code === 'KeyZ') return { type: input.shift ? 'redo' : 'undo' }
  if (ctrl && !input.alt && !input.shift && input.code === 'KeyY') return { type: 'redo' }
  if (input.key === 'Enter' && ctrl) {
    if (input.alt) return { type: 'row', command: 'addSection' }
    return { type: 'row', command: input.shift ? 'addChild' : 'addBelow' }
  }
  if (input.alt && !ctrl && !input.shift) {
    const rowMoves: Record<string, RowCommand> = { ArrowRight: 'indent', ArrowLeft: 'outdent', ArrowUp: 'moveUp', ArrowDown: 'moveDown' }
    if (rowMoves[input.key]) return { type: 'row', command: rowMoves[input.key] }
  }
  return null
}

/** A key on a selected cell that is not being edited. */
export function cellKeyAction (input: KeyInput): PlanKeyAction | null {
  const common = commonAction(input)
  if (common) return common
  const ctrl = input.ctrl || input.meta
  if (ctrl && (input.key === 'Delete' || input.key === 'Backspace')) return { type: 'row', command: 'remove' }
  if (ctrl && input.alt && !input.shift && input.code === 'KeyM') return { type: 'annotate' }
  if (input.alt && !ctrl && input.key === 'Enter') return { type: 'outcome' }
  if (input.alt) return null
  if (arrows[input.key] && !ctrl) return { type: 'move', move: arrows[input.key] }
  switch (input.key) {
    case 'Tab': return { type: 'move', move: input.shift ? 'previous' : 'next' }
    case 'Home': return { type: 'move', move: ctrl ? 'first' : 'home' }
    case 'End': return { type: 'move', move: ctrl ? 'last' : 'end' }
    case 'PageUp': return { type: 'move', move: 'pageUp' }
    case 'PageDown': return { type: 'move', move: 'pageDown' }
    case 'Enter':
    case 'F2': return { type: 'edit' }
  }
  // A printable character replaces the cell's text and starts editing with it (Space included).
  if (!ctrl && [...input.key].length === 1) return { type: 'type', text: input.key }
  return null
}

/**
 * A key inside the cell editor: everything else is ordinary typing. As in a
 * spreadsheet, Enter keeps the text and goes down, Escape puts the cell back;
 * a line break is Shift+Enter (the browser's own) or Alt+Enter (Excel's).
 */
export function editorKeyAction (input: KeyInput): PlanKeyAction | null {
  const common = commonAction(input)
  // Alt+arrows inside text are word moves on some systems; the row moves win
  // only outside the editor, so a caret never surprises the typist.
  if (common && !(common.type === 'row' && input.alt && !input.ctrl)) return common
  if (input.key === 'Escape') return { type: 'leave', cancel: true }
  if (input.key === 'Tab' && !input.ctrl && !input.alt) return { type: 'leave', then: input.shift ? 'previous' : 'next' }
  if (input.key === 'Enter' && !input.ctrl && !input.meta) {
    if (input.alt) return { type: 'newline' }
    if (!input.shift) return { type: 'leave', then: 'down' }
  }
  return null
}

/** A key on the status select: leave it like an editor, arrows stay the select's own. */
export function selectKeyAction (input: KeyInput): PlanKeyAction | null {
  if (input.key === 'Escape') return { type: 'leave' }
  if (input.key === 'Tab' && !input.ctrl && !input.alt) return { type: 'leave', then: input.shift ? 'previous' : 'next' }
  return null
}
