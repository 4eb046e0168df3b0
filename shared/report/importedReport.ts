/**
 * A report read from a Word file, before it is written into a board: the
 * title for the title page, the section tree (headings h1–h3 of the file) with
 * bodies as editor nodes, and what the reader has to tell people. Applied as
 * one Yjs change by applyImportedReport.
 */
import type * as Y from 'yjs'
import { createReportSection, deleteReportSection, reportChildren, reportSections, reportTitleText, sectionBody } from './reportDoc'
import type { ReportElementNode } from './reportSnapshot'
import { writeReportNodes } from './writeReportNodes'

export interface ImportedReportSection {
  title: string
  /** The number typed before the heading in the file («2.1»), stripped from the title; Planerka derives its own. */
  sourceNumber?: string
  body: ReportElementNode[]
  children: ImportedReportSection[]
}

export interface ImportedReportCounts {
  /** Headings of the file (all levels), sections made of them, and the in-text headings among them. */
  headings: number
  sections: number
  subheadings: number
  tables: number
  /** Cells as written in the file (a merged cell counts once). */
  cells: number
  footnotes: number
  lists: number
  captions: number
  images: number
}

export interface ImportedReport {
  /** Title lines for the title page; empty when the file has none. */
  title: string[]
  sections: ImportedReportSection[]
  /** Messages in Russian: numbers that differ, what could not be brought over. */
  notes: string[]
  counts: ImportedReportCounts
}

export const ImportMode = { replace: 'replace', append: 'append' } as const
export type ImportMode = (typeof ImportMode)[keyof typeof ImportMode]

/**
 * Writes the imported report into the report document. `replace` removes the
 * existing sections (the caller keeps the prior state as a version first) and
 * sets the title; `append` adds the sections after the existing ones and sets
 * the title only when the report has none yet. Returns the number of sections written.
 */
export function applyImportedReport (doc: Y.Doc, report: ImportedReport, mode: ImportMode): number {
  let written = 0
  doc.transact(() => {
    const title = reportTitleText(doc)
    if (mode === ImportMode.replace) {
      for (const [id] of reportChildren(doc, null)) deleteReportSection(doc, id)
    }
    if (report.title.length > 0 && (mode === ImportMode.replace || title.length === 0)) {
      title.delete(0, title.length)
      title.insert(0, report.title.join('\n'))
    }
    const add = (section: ImportedReportSection, parentId: string | null) => {
      const id = createReportSection(doc, { title: section.title, parentId })
      writeReportNodes(sectionBody(reportSections(doc).get(id)!)!, section.body)
      written += 1
      for (const child of section.children) add(child, id)
    }
    for (const section of report.sections) add(section, null)
  })
  return written
}
