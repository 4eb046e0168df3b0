/**
 * The plan table of the official form as plain rows, shared by the DOCX and
 * PDF writers so both print the same columns, numbers and text.
 */
import { parseAcademicYear, academicYearLabel } from '../../shared/academicYear'
import { NodeKind, type PlannedField } from '../../shared/plan/planFields'
import type { PlanNode, PlanSnapshot } from '../../shared/plan/planSnapshot'
import type { DocumentStamp } from './documentStamp'
import { exportText } from './exportText'

export interface PlanExportInput {
  plan: PlanSnapshot
  district: string
  /** "2023-2024". */
  year: string
  stamp: DocumentStamp
  /** Optional columns of the form; off unless asked for. */
  columns?: { responsible?: boolean; organisation?: boolean }
}

export type PlanColumnKey = 'number' | PlannedField

export interface PlanColumn {
  key: PlanColumnKey
  label: string
  /** Share of the table's width (relative; the writers scale it). */
  weight: number
}

export type PlanTableRow =
  | { kind: 'section'; number: string; title: string }
  | { kind: 'item'; number: string; depth: number; cells: Record<PlannedField, string> }

// Weights fitted to the sample plans: the title and the expected result hold
// most of the text, the number and the timing are short.
const baseColumns: readonly PlanColumn[] = [
  { key: 'number', label: exportText.columns.number, weight: 6 },
  { key: 'title', label: exportText.columns.title, weight: 30 },
  { key: 'timing', label: exportText.columns.timing, weight: 12 },
  { key: 'audience', label: exportText.columns.audience, weight: 17 },
  { key: 'expectedResult', label: exportText.columns.expectedResult, weight: 35 },
]

export function planColumns (options: PlanExportInput['columns'] = {}): PlanColumn[] {
  const columns = [...baseColumns]
  // Wide enough for the header word «Ответственный» on one line in bold.
  if (options.responsible) columns.push({ key: 'responsible', label: exportText.columns.responsible, weight: 16 })
  if (options.organisation) columns.push({ key: 'organisation', label: exportText.columns.organisation, weight: 12 })
  return columns
}

/** Sections and items in display order; orphans are not part of the agreed form and are left out. */
export function planTableRows (plan: PlanSnapshot): PlanTableRow[] {
  const rows: PlanTableRow[] = []
  const visit = (node: PlanNode): void => {
    if (node.kind === NodeKind.section) {
      rows.push({ kind: 'section', number: node.number, title: node.fields.title })
    } else {
      const { title, timing, audience, expectedResult, responsible, organisation } = node.fields
      rows.push({ kind: 'item', number: node.number, depth: node.depth, cells: { title, timing, audience, expectedResult, responsible, organisation } })
    }
    node.children.forEach(visit)
  }
  plan.sections.forEach(visit)
  return rows
}

/** «1. Повышение квалификации»: the text of a section row spanning the table. */
export function sectionRowText (row: { number: string; title: string }): string {
  return row.title.trim() === '' ? `${row.number}.` : `${row.number}. ${row.title}`
}

/** «2023–2024» for «2023-2024»; a year that does not parse is printed as given. */
export function yearLabel (year: string): string {
  const parsed = parseAcademicYear(year)
  return parsed.ok ? academicYearLabel(parsed.year) : year.trim()
}

/** The title lines above the table. */
export function planTitleLines (input: Pick<PlanExportInput, 'district' | 'year'>): string[] {
  const lines = [exportText.planTitle(yearLabel(input.year))]
  if (input.district.trim() !== '') lines.push(input.district.trim())
  return lines
}
