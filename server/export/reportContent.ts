/**
 * The analytic report as a flat list of renderer-neutral blocks, shared by the
 * DOCX and PDF writers so both print the same headings, numbers, tables,
 * captions and notes. Generated blocks are computed here from the plan and
 * the registry (design notes: never stored), unless the agreed version froze
 * their content.
 */
import type { BoardSettings } from '../../shared/board/boardSettings'
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
  /** Title page and approval block (approvalBlock); absent on boards that never set them. */
  settings?: BoardSettings
}

/** «1. Краткий анализ…», «3.2. Инновационная…», «3.7.4. …»: numbers with the trailing dot, as the board's outline shows them. */
function sectionHeadingText (section: Pick<ReportSectionSnapshot, 'number' | 'title'>): string {
  const title = section.title.trim() === '' ? reportText.untitled : section.title.trim()
  if (section.number === '') return title
  return `${section.number}. ${title}`
}

export function buildReportContent (input: ReportExportInput): ReportContent {
  const blocks: ReportBlock[] = []
  const counters = { tables: 0, figures: 0 }
  const footnotes: ReportContent['footnotes'] = []
  const visit = (section: ReportSectionSnapshot, depth: number): void => {
    const level = Math.min(3, depth + 1) as 1 | 2 | 3
    blocks.push({ kind: 'heading', level, text: sectionHeadingText(section), anchor: `section-${section.id}` })
    const context: BodyContext = { input, sectionId: section.id, counters, footnotes, depth }
    const before = footnotes.length
    blocks.push(...bodyBlocks(section.body, context, true))
    if (footnotes.length > before) blocks.push({ kind: 'footnotes', notes: footnotes.slice(before) })
    for (const child of section.children) visit(child, depth + 1)
  }
  input.report.sections.forEach((section) => visit(section, 0))
  // Orphans hold text people wrote: printed after the outline, unnumbered, rather than silently dropped.
  if (input.report.orphans.length > 0) {
    blocks.push({ kind: 'heading', level: 1, text: reportText.orphans, anchor: 'section-orphans' })
    input.report.orphans.forEach((section) => visit(section, 1))
  }
  const ownTitle = (input.report.title ?? '').split('\n').map((line) => line.trim()).filter((line) => line !== '')
  return {
    // The report's own title (brought from Word, or typed) stands on the title page; without one, the generic title.
    titleLines: ownTitle.length > 0 ? ownTitle : reportText.titleLines(academicYearLabel(input.year)),
    footnotes,
    district: input.district.trim(),
    stamp: stampText(input.stamp),
    blocks,
  }
}
