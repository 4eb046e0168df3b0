/**
 * What a generated block computes: a table (with optional group rows and a
 * totals row) plus notes, in plain data that the editor, the DOCX and the PDF
 * renderers all draw the same way.
 */
import type { AcademicYear } from '../academicYear'
import type { PlanSnapshot } from '../plan/planSnapshot'
import type { RegistryData } from '../registry/registrySnapshot'

export interface GeneratedRow {
  /** Cells as display text (numbers already formatted the Russian way). */
  cells: string[]
  /** A group heading row spanning the table («1. Повышение квалификации»). */
  group?: boolean
  /** A totals row (drawn bold). */
  total?: boolean
  /** The plan node the row came from, for «go to item». */
  nodeId?: string
}

export interface GeneratedTable {
  title: string
  columns: string[]
  rows: GeneratedRow[]
  /** Sentences under the table, e.g. «Доля ОУ с инновационным статусом: 27 из 63 (43 %)». */
  notes: string[]
  /** Series for a chart of dynamics: one per indicator with at least two points. */
  charts?: Array<{ title: string; points: Array<{ label: string; value: number }> }>
  /** Shown when there is nothing to list yet, e.g. «Нет проведённых мероприятий». */
  empty?: string
}

/** Everything generation reads: the same data the UI shows. */
export interface GenerationInput {
  plan: PlanSnapshot
  registry: RegistryData
  year: AcademicYear
}
