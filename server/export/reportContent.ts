/**
 * The analytic report as a flat list of renderer-neutral blocks, shared by the
 * DOCX and PDF writers so both print the same headings, numbers, tables,
 * captions and notes. Generated blocks are computed here from the plan and
 * the registry (design notes: never stored), unless the agreed version froze
 * their content.
 */
import { academicYearLabel, type AcademicYear } from '../../shared/academicYear'
import type { PlanSnapshot } from '../../shared/plan/planSnapshot'
import type { RegistryData } from '../../shared/registry/registrySnapshot'
import type { GeneratedTable } from '../../shared/report/generatedTable'
import type { ReportSectionSnapshot, ReportSnapshot } from '../../shared/report/reportSnapshot'
import { stampText, type DocumentStamp } from './documentStamp'
import { reportText, type ReportBlock, type ReportContent } from './reportModel'
import { bodyBlocks, type BodyContext } from './reportNodes'

export interface ReportExportInput {
  report: ReportSnapshot
  plan: PlanSnapshot
  registry: RegistryData
  year: AcademicYear
  district: string
  stamp: DocumentStamp
  /** Content frozen into an agreed version (freezeGeneratedBlocks), by its key; wins over computing it again. */
  frozen?: Record<string, GeneratedTable>
}

/** «1. Краткий анализ…» at the top level and «3.2 Инновационная…» below, as the board's outline shows them. */
export function sectionHeadingText (section: Pick<ReportSectionSnapshot, 'number' | 'title'>, depth: number): string {
  const title = section.title.trim() === '' ? reportText.untitled : section.title.trim()
  if (section.number === '') return title
  return `${depth === 0 ? `${section.number}.` : section.number} ${title}`
}

export function buildReportContent (input: ReportExportInput): ReportContent {
  const blocks: ReportBlock[] = []
  const counters = { tables: 0, figures: 0 }
  const visit = (section: ReportSectionSnapshot, depth: number): void => {
    const level = Math.min(3, depth + 1) as 1 | 2 | 3
    blocks.push({ kind: 'heading', level, text: sectionHeadingText(section, depth), anchor: `section-${section.id}` })
    const context: BodyContext = { input, sectionId: section.id, counters }
    blocks.push(...bodyBlocks(section.body, context, true))
    for (const child of section.children) visit(child, depth + 1)
  }
  input.report.sections.forEach((section) => visit(section, 0))
  // Orphans hold text people wrote: printed after the outline, unnumbered, rather than silently dropped.
  if (input.report.orphans.length > 0) {
    blocks.push({ kind: 'heading', level: 1, text: reportText.orphans, anchor: 'section-orphans' })
    input.report.orphans.forEach((section) => visit(section, 1))
  }
  return {
    titleLines: reportText.titleLines(academicYearLabel(input.year)),
    district: input.district.trim(),
    stamp: stampText(input.stamp),
    blocks,
  }
}
