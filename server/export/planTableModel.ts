/**
 * The plan table of the official form as plain rows, shared by the DOCX, PDF
 * and ODT writers so all print the same columns, numbers, sub-headings,
 * merged cells and footnotes.
 */
import { parseAcademicYear, academicYearLabel } from '../../shared/academicYear'
import type { BoardSettings } from '../../shared/board/boardSettings'
import { usedPlanColumns } from '../../shared/export/planColumnChoice'
import { planFactText } from '../../shared/export/planFactText'
import { cellMerges, type CellMerge } from '../../shared/plan/cellMerges'
import { NodeKind, plannedFields, type PlannedField } from '../../shared/plan/planFields'
import { flattenRows, type PlanFootnote, type PlanNode, type PlanSnapshot } from '../../shared/plan/planSnapshot'
import type { DocumentStamp } from './documentStamp'
import { exportText } from './exportText'

/** A printed cell: a planned field, or «Отметка о выполнении» made from the fact (planFactText). */
export type PlanCellField = PlannedField | 'fact'
export type PlanColumnKey = 'number' | PlanCellField

export interface PlanExportInput {
  plan: PlanSnapshot
  district: string
  /** "2023-2024". */
  year: string
  stamp: DocumentStamp
  /**
   * The columns to print, in the form's order whatever order they are given
   * in. Absent: every column the plan uses (the five of the form, and
   * «Ответственный» / «Организатор» when any item fills them). The legacy
   * `{ responsible, organisation }` switches still add those two.
   */
  columns?: readonly PlanColumnKey[] | { responsible?: boolean; organisation?: boolean }
  /** Title page and approval block; absent on boards that never set them. */
  settings?: BoardSettings
}

export interface PlanColumn {
  key: PlanColumnKey
  label: string
  /** Share of the table's width (relative; the writers scale it). */
  weight: number
}

export type PlanTableRow =
  | { kind: 'section'; number: string; title: string; notes: PlanFootnote[] }
  | { kind: 'subheading'; title: string; notes: PlanFootnote[] }
  | {
    kind: 'item'
    number: string
    depth: number
    cells: Record<PlanCellField, string>
    /** Vertically merged cells: a start spans `rows` rows; a covered cell prints nothing of its own. */
    merges: Partial<Record<PlannedField, CellMerge>>
    notes: PlanFootnote[]
  }

// Weights fitted to the sample plans: the title and the expected result hold
// most of the text, the number and the timing are short.
const allColumns: readonly PlanColumn[] = [
  { key: 'number', label: exportText.columns.number, weight: 6 },
  { key: 'title', label: exportText.columns.title, weight: 30 },
  { key: 'timing', label: exportText.columns.timing, weight: 12 },
  { key: 'audience', label: exportText.columns.audience, weight: 17 },
  { key: 'expectedResult', label: exportText.columns.expectedResult, weight: 35 },
  // Wide enough for the header word «Ответственный» on one line in bold.
  { key: 'responsible', label: exportText.columns.responsible, weight: 16 },
  { key: 'organisation', label: exportText.columns.organisation, weight: 12 },
  { key: 'fact', label: exportText.columns.fact, weight: 20 },
]

const formColumns: readonly PlanColumnKey[] = ['number', 'title', 'timing', 'audience', 'expectedResult']

/** The columns any item of the plan fills (the form's five always). */
function usedColumns (plan: PlanSnapshot): PlanColumnKey[] {
  return ['number', 'title', ...usedPlanColumns(plan)]
}

export function planColumns (choice: PlanExportInput['columns'], plan?: PlanSnapshot): PlanColumn[] {
  let keys: readonly PlanColumnKey[]
  if (Array.isArray(choice)) keys = choice
  else if (choice && !Array.isArray(choice)) {
    const legacy = choice as { responsible?: boolean; organisation?: boolean }
    keys = [...formColumns, ...(legacy.responsible ? ['responsible' as const] : []), ...(legacy.organisation ? ['organisation' as const] : [])]
  } else keys = plan ? usedColumns(plan) : formColumns
  // The № and the title always print: without them no row can be told from another.
  const chosen = new Set<PlanColumnKey>(['number', 'title', ...keys])
  return allColumns.filter((column) => chosen.has(column.key))
}

/** Sections, sub-headings and items in display order; orphans are not part of the agreed form and are left out. */
export function planTableRows (plan: PlanSnapshot): PlanTableRow[] {
  const nodes = flattenRows(plan)
  const merges = cellMerges(nodes)
  return nodes.map((node: PlanNode): PlanTableRow => {
    const notes = node.footnotes ?? []
    if (node.kind === NodeKind.section) return { kind: 'section', number: node.number, title: node.fields.title, notes }
    if (node.kind === NodeKind.subheading) return { kind: 'subheading', title: node.fields.title, notes }
    const { title, timing, audience, expectedResult, responsible, organisation } = node.fields
    const own = merges.get(node.id) ?? {}
    const rowMerges: Partial<Record<PlannedField, CellMerge>> = {}
    for (const field of plannedFields) if (own[field]) rowMerges[field] = own[field]
    return { kind: 'item', number: node.number, depth: node.depth, cells: { title, timing, audience, expectedResult, responsible, organisation, fact: planFactText(node) }, merges: rowMerges, notes }
  })
}

/** «1. Повышение квалификации»: the text of a section row spanning the table. */
export function sectionRowText (row: { number: string; title: string }): string {
  return row.title.trim() === '' ? `${row.number}.` : `${row.number}. ${row.title}`
}

/** «2023–2024» for «2023-2024»; a year that does not parse is printed as given. */
function yearLabel (year: string): string {
  const parsed = parseAcademicYear(year)
  return parsed.ok ? academicYearLabel(parsed.year) : year.trim()
}

/** The calendar year the plan's academic year starts in (printed beside the city). */
export function planStartYear (year: string): number {
  const parsed = parseAcademicYear(year)
  return parsed.ok ? parsed.year.startYear : new Date().getFullYear()
}

/** The title lines above the table: the plan's own title when it has one, else the form's. */
export function planTitleLines (input: Pick<PlanExportInput, 'district' | 'year'> & { plan?: PlanSnapshot }): string[] {
  const own = input.plan?.title?.trim() ?? ''
  if (own !== '') return own.split('\n').map((line) => line.trim()).filter((line) => line !== '')
  const lines = [exportText.planTitle(yearLabel(input.year))]
  if (input.district.trim() !== '') lines.push(input.district.trim())
  return lines
}
