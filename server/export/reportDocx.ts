/**
 * The analytic report as a Word document: portrait A4 with the margins of
 * Russian official documents (3 cm left for binding), a title page, a real
 * TOC field over the numbered headings (Word's «Обновить таблицу» keeps it
 * right after edits), the narrative with its formatting, numbered tables and
 * charts, and the stamp with «Страница N из M» in the footer of every page
 * after the title. Every run is marked Russian, so Word spell-checks it in
 * Russian whatever the reader's own language is.
 */
import { documentHead } from './approvalBlock'
import { docxHead } from './approvalDocx'
import {
  AlignmentType, Document, Footer, LineRuleType, Packer, PageBreak, PageNumber, PageOrientation, Paragraph, Tab, Table, TableOfContents,
  TabStopType, TextRun, type IParagraphStyleOptions,
} from 'docx'
import { estimatePageNumbers } from 'docx/layout'
import { academicYearKey } from '../../shared/academicYear'
import { exportFileName } from './documentStamp'
import { exportText } from './exportText'
import { buildReportContent, type ReportExportInput } from './reportContent'
import { docxBlocks, docxFont, docxLanguage, docxNumbering, docxSize, docxStyle } from './reportDocxBlocks'
import { reportText, type ReportContent } from './reportModel'

// A4 portrait in twips: 3 cm left, 1.5 cm right, 2 cm top and bottom, the footer 1 cm from the edge.
const page = { width: 11906, height: 16838 }
const margin = { top: 1134, bottom: 1134, left: 1701, right: 850, header: 567, footer: 567 }
const textWidth = page.width - margin.left - margin.right
const run = { font: docxFont, language: docxLanguage }

const paragraphStyles: IParagraphStyleOptions[] = [
  {
    id: docxStyle.body,
    name: 'Report Body',
    basedOn: 'Normal',
    quickFormat: true,
    // The official form: justified, a 1.25 cm first-line indent, 1.15 lines.
    paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 709 }, spacing: { after: 60, line: 276, lineRule: LineRuleType.AUTO } },
  },
  { id: docxStyle.compact, name: 'Report Compact', basedOn: 'Normal', paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } } },
  { id: docxStyle.gap, name: 'Report Gap', basedOn: 'Normal', run: { size: 12 }, paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } } },
  { id: docxStyle.subheading, name: 'Report Subheading', basedOn: 'Normal', next: docxStyle.body, run: { bold: true }, paragraph: { keepNext: true, spacing: { before: 160, after: 80 } } },
  {
    id: docxStyle.quote,
    name: 'Report Quote',
    basedOn: docxStyle.body,
    paragraph: { indent: { left: 567, firstLine: 0 }, border: { left: { style: 'single', size: 12, color: 'A6A6A6', space: 8 } } },
  },
  { id: docxStyle.note, name: 'Report Note', basedOn: 'Normal', run: { size: docxSize.note }, paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { before: 40, after: 40 } } },
  { id: docxStyle.notice, name: 'Report Notice', basedOn: 'Normal', run: { italics: true, size: docxSize.cell }, paragraph: { spacing: { after: 120 } } },
  { id: docxStyle.code, name: 'Report Code', basedOn: 'Normal', run: { font: 'Courier New', size: 20 }, paragraph: { spacing: { after: 80 } } },
  { id: docxStyle.figure, name: 'Report Figure', basedOn: 'Normal', run: { size: docxSize.cell }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 60, after: 160 } } },
  { id: 'ReportTitle', name: 'Report Title', basedOn: 'Normal', run: { bold: true, size: 40 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 80 } } },
  { id: 'ReportTocTitle', name: 'Report TOC Title', basedOn: 'Normal', run: { bold: true, size: 28 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } } },
  { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', run: { bold: true }, paragraph: { spacing: { before: 100, after: 20 } } },
  { id: 'TOC2', name: 'toc 2', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: 357 }, spacing: { after: 20 } } },
  { id: 'TOC3', name: 'toc 3', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: 714 }, spacing: { after: 20 } } },
  { id: 'TOC4', name: 'toc 4', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: 1071 }, spacing: { after: 20 } } },
  { id: 'TOC5', name: 'toc 5', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: 1428 }, spacing: { after: 20 } } },
  { id: 'TOC6', name: 'toc 6', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: 1785 }, spacing: { after: 20 } } },
]

const heading = (size: number, before: number, italics = false) => ({
  run: { ...run, size, bold: true, italics, color: '000000' },
  paragraph: { keepNext: true, keepLines: true, spacing: { before, after: 120 } },
})

function titlePage (content: ReportContent, input: ReportExportInput): Array<Paragraph | Table> {
  // The organisation and the ГОСТ approval block (approvalBlock), the same in every export; a draft without them keeps its stamp.
  const head = documentHead(input.settings, input.stamp, input.year.startYear + 1)
  const top = docxHead(head, { font: run.font, size: 24, width: textWidth })
  return [
    ...(top.length > 0 ? top : [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: content.stamp, bold: true, ...run })] })]),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 800 }, children: [new TextRun({ text: content.district, bold: true, size: 28, ...run })] }),
    ...content.titleLines.map((line, index) => new Paragraph({ style: 'ReportTitle', spacing: index === 0 ? { before: 3800 } : undefined, children: [new TextRun({ text: line, ...run })] })),
  ]
}

function footers (content: ReportContent, input: ReportExportInput): { default: Footer; first: Footer } {
  const head = documentHead(input.settings, input.stamp, input.year.startYear + 1)
  const size = 20
  return {
    default: new Footer({
      children: [new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        children: [
          new TextRun({ text: content.stamp, size, ...run }),
          new TextRun({ size, ...run, children: [new Tab(), `${exportText.pageWord} `, PageNumber.CURRENT, ` ${exportText.ofWord} `, PageNumber.TOTAL_PAGES] }),
        ],
      })],
    }),
    // The title page carries the year where a city and year usually stand, and no page number.
    first: new Footer({ children: (head.place === '' ? [String(input.year.startYear + 1)] : head.place.split('\n')).map((line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line, ...run })] })) }),
  }
}

export interface ReportDocxOptions {
  /**
   * Write the TOC's page numbers into the file (docx's own layout of the
   * pages as Word makes them), so the contents are complete even where
   * nobody updates fields (LibreOffice, viewers). Off by default: it costs
   * some twenty times the rest of the export (measured 0.14 s → 3.5 s for a
   * 68-page report), all of it synchronous on the server's event loop. Without it the
   * TOC lists every heading and Word fills in the numbers when the document
   * is opened (the field is written dirty, so Word offers to update it).
   */
  tocPageNumbers?: boolean
}

function reportDocxDocument (input: ReportExportInput, options: ReportDocxOptions = {}): Document {
  const content = buildReportContent(input)
  return new Document({
    creator: 'Планёрка',
    title: exportFileName('report', input.district, academicYearKey(input.year), ''),
    pageNumbers: options.tocPageNumbers ? estimatePageNumbers : undefined,
    // A line ended by a line break (Shift+Enter in the editor) is not stretched across a justified paragraph.
    compatibility: { doNotExpandShiftReturn: true },
    // Word (and LibreOffice) update the TOC's page numbers when the file is opened; the entries are written already.
    features: { updateFields: true },
    footnotes: Object.fromEntries(content.footnotes.map((note) => [note.number, {
      children: [new Paragraph({ children: [new TextRun({ text: note.text, size: docxSize.note, ...run })] })],
    }])),
    styles: {
      default: {
        document: { run: { ...run, size: docxSize.body }, paragraph: { spacing: { after: 0 } } },
        heading1: heading(28, 360),
        heading2: heading(26, 240),
        heading3: heading(24, 200, true),
        heading4: heading(24, 160),
        heading5: heading(24, 120, true),
        heading6: heading(24, 120, true),
        caption: { run: { ...run, size: docxSize.cell, italics: false, bold: false, color: '000000' }, paragraph: { spacing: { before: 160, after: 60 } } },
      },
      paragraphStyles,
    },
    numbering: docxNumbering,
    sections: [{
      properties: {
        titlePage: true,
        page: { size: { width: page.width, height: page.height, orientation: PageOrientation.PORTRAIT }, margin },
      },
      footers: footers(content, input),
      children: [
        ...titlePage(content, input),
        new Paragraph({ style: 'ReportTocTitle', pageBreakBefore: true, children: [new TextRun({ text: reportText.contents, ...run })] }),
        new TableOfContents(reportText.contents, { hyperlink: true, headingStyleRange: '1-6' }),
        new Paragraph({ children: [new PageBreak()] }),
        ...docxBlocks(content.blocks, { width: textWidth, compact: false, quote: false, lists: { next: 1 } }),
      ],
    }],
  })
}

export async function renderReportDocx (input: ReportExportInput, options: ReportDocxOptions = {}): Promise<Buffer> {
  return Packer.toBuffer(reportDocxDocument(input, options))
}
