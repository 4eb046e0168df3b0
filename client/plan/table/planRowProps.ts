/** What every plan row receives, and when a memoised row may skip rendering. */
import type { DragEvent, FocusEvent, MouseEvent } from 'react'
import type * as Y from 'yjs'
import type { AcademicYear } from '../../../shared/academicYear'
import type { ItemStatus, PlanTextField } from '../../../shared/plan/planFields'
import type { PlanNode } from '../../../shared/plan/planSnapshot'
import type { PlanProblem } from '../../../shared/plan/validatePlan'
import type { DropPlace } from './planCommands'
import type { RowCommand } from './planKeyAction'
import { sameRowAnnotations, type RowAnnotations } from '../../review/plan/rowAnnotations'
import { sameProblems, samePresence, sameRowContent } from './rowMemo'
import type { RowPresence } from './rowPresence'

/** Callbacks shared by every row; one stable object, so they never break a row's memo. */
export interface RowHandlers {
  cellMouseDown: (nodeId: string, column: number, event: MouseEvent) => void
  cellDoubleClick: (nodeId: string, column: number) => void
  /** Text typed on a selected cell without a key press of its own (IME, dictation, paste): it replaces the cell's. */
  cellTypeText: (nodeId: string, column: number, text: string) => void
  editorBlur: (event: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => void
  setStatus: (nodeId: string, status: ItemStatus) => void
  toggleOutcome: (nodeId: string) => void
  command: (command: RowCommand, nodeId: string) => void
  dragStart: (nodeId: string, event: DragEvent) => void
  dragOver: (nodeId: string, event: DragEvent) => void
  drop: (nodeId: string, event: DragEvent) => void
  dragEnd: () => void
  /** A new annotation on the row (column null) or on one of its cells. */
  annotate: (nodeId: string, column: number | null) => void
  /** The row's marker was clicked: show its threads. */
  openAnnotations: (nodeId: string) => void
}

export interface PlanRowProps {
  doc: Y.Doc
  /** The board's academic year: the outcome's date picker keeps to it. */
  year: AcademicYear
  node: PlanNode
  /** The active column on this row, or null when another row is selected. */
  activeColumn: number | null
  editing: boolean
  canWrite: boolean
  /** The fact (status, outcomes) is writable: on an agreed plan too, where the rest is locked. */
  canWriteFact: boolean
  expanded: boolean
  problems: PlanProblem[] | undefined
  presence: RowPresence[] | undefined
  dropHint: DropPlace | null
  /** The keyboard's way into the table while nothing is selected: this row's first cell takes Tab. */
  tabStop: boolean
  /** Open annotation threads on this row (the marker and the annotated cells). */
  annotations: RowAnnotations | undefined
  /** The role may annotate (commenters too): the selected row offers «Замечание». */
  canAnnotate: boolean
  handlers: RowHandlers
  /** Cells merged with the cell above, with the shared value they show. */
  merged?: Partial<Record<PlanTextField, string>>
}

/** Columns of the official form: № п/п, six text columns, Статус. */
export const PLAN_COLUMNS = 8

/** Whether a row can skip rendering: it compares what the row shows, not object identity. */
export function sameRowProps (a: PlanRowProps, b: PlanRowProps): boolean {
  return a.activeColumn === b.activeColumn && a.editing === b.editing && a.canWrite === b.canWrite && a.canWriteFact === b.canWriteFact &&
    a.expanded === b.expanded && a.dropHint === b.dropHint && a.tabStop === b.tabStop && a.doc === b.doc && a.year.startYear === b.year.startYear && a.handlers === b.handlers &&
    a.canAnnotate === b.canAnnotate && sameRowAnnotations(a.annotations, b.annotations) &&
    sameRowContent(a.node, b.node) && sameProblems(a.problems, b.problems) && samePresence(a.presence, b.presence) &&
    JSON.stringify(a.merged) === JSON.stringify(b.merged)
}
