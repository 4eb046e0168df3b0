import { useEffect, useLayoutEffect, useRef, type FocusEvent, type MouseEvent } from 'react'
import type * as Y from 'yjs'
import type { AcademicYear } from '../../../shared/academicYear'
import type { Awareness } from 'y-protocols/awareness'
import { setStatus } from '../../../shared/plan/planDoc'
import type { ItemStatus, PlanTextField } from '../../../shared/plan/planFields'
import type { PlanNode } from '../../../shared/plan/planSnapshot'
import type { PlanProblem } from '../../../shared/plan/validatePlan'
import type { RowAnnotations } from '../../review/plan/rowAnnotations'
import { cellField, effectiveColumn } from './cellNavigation'
import { PlanItemRow } from './PlanItemRow'
import type { RowCommand } from './planKeyAction'
import type { RowHandlers } from './planRowProps'
import { PlanSectionRow } from './PlanSectionRow'
import { planStrings } from './planStrings'
import { PlanTableHead } from './PlanTableHead'
import { usePlanCursor } from './usePlanCursor'
import type { PlanGrid } from './usePlanGrid'
import { usePlanKeyboard } from './usePlanKeyboard'
import { useCellEditSession } from './useCellEditSession'
import { useRowDrag } from './useRowDrag'
import { useRowPresence } from './useRowPresence'
import { useStableHandlers } from './useStableHandlers'
import { useTopBarHeight } from '../../hooks/useTopBarHeight'

export interface PlanTableProps {
  doc: Y.Doc
  year: AcademicYear
  awareness: Awareness | null
  /** Visible rows (filtered), sections and items in display order. */
  rows: readonly PlanNode[]
  /** Shared values of cells merged with the cell above, by row id. */
  merged?: ReadonlyMap<string, Partial<Record<PlanTextField, string>>>
  grid: PlanGrid
  canWrite: boolean
  /** Status and outcomes stay writable on an agreed plan (the server checks each update). */
  canWriteFact?: boolean
  undo: Y.UndoManager | null
  problems: ReadonlyMap<string, PlanProblem[]>
  onCommand: (command: RowCommand, nodeId: string | null) => void
  /** Open annotation threads by row. */
  annotations: ReadonlyMap<string, RowAnnotations>
  canAnnotate: boolean
  /** A new thread on a row (field null) or one of its text cells. */
  onAnnotate: (node: PlanNode, field: PlanTextField | null) => void
  onOpenAnnotations: (nodeId: string) => void
}

const rowSelector = (nodeId: string) => `tr[data-testid="plan-row"][data-node-id="${CSS.escape(nodeId)}"]`

/**
 * The plan as the official table. One cell is active (keyboard and presence),
 * at most one is an editor; rows are memoised on what they show, so a
 * keystroke re-renders the row being typed in and no other.
 */
export function PlanTable ({ doc, year, awareness, rows, merged, grid, canWrite, canWriteFact = canWrite, undo, problems, onCommand, annotations, canAnnotate, onAnnotate, onOpenAnnotations }: PlanTableProps) {
  const table = useRef<HTMLTableElement>(null)
  // Whether the keyboard "lives" in the table: only then is focus restored
  // after React moves a focused row (a DOM move drops focus to <body>).
  const focusIntent = useRef(false)
  const presence = useRowPresence(awareness)
  const stickyTop = useTopBarHeight()
  const activeRow = grid.active ? rows.find(row => row.id === grid.active!.nodeId) : undefined
  usePlanCursor(awareness, activeRow?.id ?? null, activeRow ? cellField(activeRow.kind, grid.active!.column) : null)

  const focusStatus = (nodeId: string) => table.current?.querySelector<HTMLSelectElement>(`${rowSelector(nodeId)} select[data-plan-status]`)?.focus()
  const toggleOutcome = (nodeId: string) => {
    const open = !grid.expanded.has(nodeId)
    grid.setExpanded(nodeId, open)
    if (open && canWriteFact) grid.requestFocus({ kind: 'outcome', nodeId, field: 'actualDate' })
  }
  const annotate = (nodeId: string, column: number | null) => {
    const row = rows.find(candidate => candidate.id === nodeId)
    if (!row || !canAnnotate) return
    const field = column === null ? null : cellField(row.kind, column)
    onAnnotate(row, field === null || field === 'status' ? null : field)
  }
  const session = useCellEditSession(doc, grid, undo)
  const onKeyDown = usePlanKeyboard({ rows, grid, session, canWrite, undo, onCommand, onToggleOutcome: toggleOutcome, onFocusStatus: focusStatus, onAnnotate: annotate })
  const drag = useRowDrag(doc, undo, nodeId => grid.select({ nodeId, column: 0 }, { focus: true }))

  const handlers = useStableHandlers<RowHandlers>({
    cellMouseDown: (nodeId: string, column: number, event: MouseEvent) => {
      if (event.button !== 0) return
      focusIntent.current = true
      const row = rows.find(candidate => candidate.id === nodeId)
      const active = grid.active
      const same = row && active?.nodeId === nodeId && effectiveColumn(row.kind, active.column) === effectiveColumn(row.kind, column)
      if (same && grid.editing) return
      const onControl = (event.target as HTMLElement).closest('select, button')
      if (same && canWrite && row && cellField(row.kind, column) !== 'status' && !onControl) {
        // A click on the selected cell opens its editor; without preventDefault
        // the browser would then focus the cell and close the editor again.
        event.preventDefault()
        session.start()
        return
      }
      grid.select({ nodeId, column })
    },
    cellDoubleClick: (nodeId: string, column: number) => {
      const row = rows.find(candidate => candidate.id === nodeId)
      if (!canWrite || !row || cellField(row.kind, column) === 'status' || (grid.editing && grid.active?.nodeId === nodeId)) return
      grid.select({ nodeId, column })
      session.start()
    },
    cellTypeText: (nodeId: string, column: number, text: string) => {
      const row = rows.find(candidate => candidate.id === nodeId)
      const field = row ? cellField(row.kind, column) : null
      if (!canWrite || !field || field === 'status') return
      grid.select({ nodeId, column })
      session.start({ nodeId, field, text })
    },
    editorBlur: (event: FocusEvent) => {
      // Focus gone to another control: the edit is over. Gone nowhere (the row
      // was moved by someone, the window lost focus): keep the editor open.
      if (event.relatedTarget) grid.stopEdit(false)
    },
    setStatus: (nodeId: string, status: ItemStatus) => {
      if (!canWriteFact) return
      undo?.stopCapturing()
      setStatus(doc, nodeId, status)
    },
    toggleOutcome,
    command: (command: RowCommand, nodeId: string) => onCommand(command, nodeId),
    dragStart: (nodeId: string, event) => {
      if (!canWrite) event.preventDefault()
      else drag.dragStart(nodeId, event)
    },
    dragOver: (nodeId, event) => drag.dragOver(nodeId, event),
    drop: (nodeId, event) => drag.drop(nodeId, event),
    dragEnd: () => drag.dragEnd(),
    annotate,
    openAnnotations: (nodeId: string) => onOpenAnnotations(nodeId),
  })

  useLayoutEffect(() => {
    const element = table.current
    if (!element) return
    const request = grid.focusRequest.current
    if (request) {
      const target = request.kind === 'cell'
        ? element.querySelector<HTMLElement>(`${rowSelector(request.nodeId)} [data-plan-cell][tabindex="0"]`)
        : element.querySelector<HTMLElement>(`tr.plan-outcome-row[data-node-id="${CSS.escape(request.nodeId)}"] [data-testid="plan-outcome-${request.field}"]`)
      // Not rendered yet (a row just created arrives with the next snapshot): try again next render.
      if (!target) return
      grid.focusRequest.current = null
      focusIntent.current = true
      target.focus()
      return
    }
    if (focusIntent.current && grid.active && document.activeElement === document.body) {
      const selector = grid.editing ? '[data-plan-editor]' : `${rowSelector(grid.active.nodeId)} [data-plan-cell][tabindex="0"]`
      element.querySelector<HTMLElement>(selector)?.focus()
    }
  })

  useEffect(() => {
    // A press outside the cells (elsewhere on the page, or on a row's number
    // and drag handle) ends the edit and lets focus go where the user put it.
    const onPointerDown = (event: globalThis.MouseEvent) => {
      const target = event.target as HTMLElement
      if (table.current?.contains(target) && target.closest('[data-plan-cell]')) return
      focusIntent.current = false
      if (grid.editing) grid.stopEdit(false)
    }
    document.addEventListener('mousedown', onPointerDown, true)
    return () => document.removeEventListener('mousedown', onPointerDown, true)
  }, [grid])

  return (
    <div className="plan-table-frame">
      <table
        ref={table}
        className="plan-table"
        style={{ ['--plan-sticky-top' as string]: `${stickyTop}px` }}
        role="grid"
        aria-label={planStrings.tableLabel}
        aria-readonly={!canWrite || undefined}
        data-testid="plan-table"
        onFocus={event => {
          // Tabbing into the table while nothing is selected lands on the first cell: select it.
          const target = event.target as HTMLElement
          if (!grid.active && target.hasAttribute('data-plan-cell')) {
            const nodeId = target.closest('tr')?.getAttribute('data-node-id')
            if (nodeId) grid.select({ nodeId, column: 0 })
          }
        }}
        onKeyDown={onKeyDown}
      >
        <PlanTableHead />
        <tbody>
          {rows.map((node, index) => {
            const active = grid.active?.nodeId === node.id ? grid.active : null
            const props = {
              doc,
              year,
              node,
              activeColumn: active ? effectiveColumn(node.kind, active.column) : null,
              // No editor on a read-only table, even one left open when the board became agreed.
              editing: active !== null && grid.editing && canWrite,
              canWrite,
              canWriteFact,
              expanded: grid.expanded.has(node.id),
              problems: problems.get(node.id),
              presence: presence.get(node.id),
              dropHint: drag.hint?.nodeId === node.id ? drag.hint.place : null,
              tabStop: !grid.active && index === 0,
              annotations: annotations.get(node.id),
              canAnnotate,
              handlers,
              merged: merged?.get(node.id),
            }
            // A sub-heading is a full-width, unnumbered row like a section's.
            return node.kind !== 'item' ? <PlanSectionRow key={node.id} {...props} /> : <PlanItemRow key={node.id} {...props} />
          })}
        </tbody>
      </table>
    </div>
  )
}

