/**
 * The plan as a PDF in the official form, the same table as the Word export:
 * landscape A4, the header row repeated on every page, section and
 * sub-heading rows spanning the table, merged cells as one cell (rowSpan),
 * bullets of «Ожидаемый результат» as lists, footnotes at the foot of the
 * page that references them, PT Serif embedded (so Cyrillic prints on any
 * machine), the approval block, page numbers and the stamp in the footer.
 */
import { cellBlocks } from '../../shared/export/cellLines'
import type { PlanFootnote } from '../../shared/plan/planSnapshot'
import { documentHead } from './approvalBlock'
import { pdfHead, pdfPlace } from './approvalPdf'
import { splitAtNotes } from './cellNotes'
import { exportFileName, stampText } from './documentStamp'
import { exportText } from './exportText'
import { FontFamily } from './fonts'
import { renderPdf, type PdfContent } from './pdfRender'
import {
  planColumns, planStartYear, planTableRows, planTitleLines, sectionRowText, type PlanColumn, type PlanExportInput, type PlanTableRow,
  type PlanCellField,
} from './planTableModel'

// A4 landscape in points, margins 1.4 cm around and room for the footer below.
const pageWidth = 841.89
const margins = { left: 40, top: 36, right: 40, bottom: 48 }
const contentWidth = pageWidth - margins.left - margins.right
const padding = 4
const lineWidth = 0.5
const fontSize = 9.5
const subItemIndent = 10
const noteSize = 8
/** Height of one footnote line at the page foot (8 pt text). */
const noteLineHeight = 10.5
/**
 * Footnote lines reserved at every page's foot. A plan has a handful of
 * notes; past this many, reserving room on every page would waste a third of
 * each page, so they are listed after the table instead.
 */
const maxFootLines = 12

const headerFill = '#E7E6E6'
const sectionFill = '#F2F2F2'

/** Numeric widths (pdfmake has no weighted star widths): the weights share what padding and rules leave. */
function columnWidths (columns: readonly PlanColumn[]): number[] {
  const free = contentWidth - columns.length * 2 * padding - (columns.length + 1) * lineWidth
  const total = columns.reduce((sum, column) => sum + column.weight, 0)
  return columns.map((column) => Math.floor((free * column.weight) / total * 100) / 100)
}

/** Footnotes numbered in the order they are printed; a text node carrying markers gets an id to find its page. */
class NoteCounter {
  readonly all: Array<{ number: number; text: string; id: string }> = []

  /** A line's inline pieces with superscript numbers, and the node id when it has notes. */
  line (text: string, notes: readonly PlanFootnote[]): { text: PdfContent; id?: string } {
    const pieces = splitAtNotes(text, notes)
    if (!pieces.some((piece) => typeof piece !== 'string')) return { text: text === '' ? ' ' : text }
    const id = `note-${this.all.length + 1}`
    const inline = pieces.map((piece): PdfContent => {
      if (typeof piece === 'string') return piece
      const number = this.all.length + 1
      this.all.push({ number, text: piece.note.text, id })
      return { text: String(number), sup: true }
    })
    return { text: inline, id }
  }
}

/** A cell's text: one paragraph per line, bullets of the expected result as a list, footnote numbers at their markers. */
function cellContent (text: string, bullets: boolean, indent: number, notes: readonly PlanFootnote[], counter: NoteCounter): PdfContent {
  const lost = notes.filter((note) => !text.includes(`[${note.label}]`))
  const blocks = cellBlocks(text, bullets)
  const stack = blocks.map((block, index): PdfContent => {
    const extra = index === blocks.length - 1 ? lost : []
    if (block.kind === 'text') {
      const own = notes.filter((note) => block.text.includes(`[${note.label}]`))
      return { stack: block.text.split('\n').map((line, i, lines) => ({ ...counter.line(line, [...own.filter((n) => line.includes(`[${n.label}]`)), ...(i === lines.length - 1 ? extra : [])]) })), margin: [indent, 0, 0, 0] }
    }
    return { ul: block.items.map((item, i) => counter.line(item.text, [...notes.filter((n) => item.text.includes(`[${n.label}]`)), ...(i === block.items.length - 1 ? extra : [])])), margin: [indent, 0, 0, 0] }
  })
  return { stack }
}

function headerRow (columns: readonly PlanColumn[]): PdfContent[] {
  return columns.map((column) => ({ text: column.label, bold: true, alignment: 'center', verticalAlignment: 'middle', fillColor: headerFill }))
}

function bodyRow (row: PlanTableRow, columns: readonly PlanColumn[], counter: NoteCounter): PdfContent[] {
  if (row.kind !== 'item') {
    const spanned: PdfContent[] = columns.slice(1).map(() => ({}))
    const text = row.kind === 'section' ? sectionRowText(row) : row.title
    const line = counter.line(text, row.notes)
    return [{ ...line, bold: true, colSpan: columns.length, ...(row.kind === 'section' ? { fillColor: sectionFill } : { alignment: 'center', italics: true }) }, ...spanned]
  }
  return columns.map((column): PdfContent => {
    if (column.key === 'number') return { text: row.number, alignment: 'center' }
    const field: PlanCellField = column.key
    const merge = field === 'fact' ? undefined : row.merges[field]
    // pdfmake wants a placeholder where a rowSpan from above covers the cell.
    if (merge?.role === 'covered') return {}
    const indent = field === 'title' ? subItemIndent * Math.max(0, row.depth - 1) : 0
    const content = cellContent(row.cells[field], field === 'expectedResult', indent, row.notes.filter((note) => note.field === field), counter)
    return merge?.role === 'start' ? { ...(content as object), rowSpan: merge.rows } : content
  })
}

function titleBlock (input: PlanExportInput): PdfContent[] {
  const head = documentHead(input.settings, input.stamp, planStartYear(input.year))
  return [
    ...pdfHead(head, 11),
    { text: planTitleLines(input).join('\n'), bold: true, fontSize: 14, alignment: 'center', margin: [0, 0, 0, head.place === '' ? 12 : 2] },
    ...pdfPlace(head, 11),
  ]
}

function definition (input: PlanExportInput, notePages?: ReadonlyMap<number, string[]>): { doc: Record<string, unknown> & { content: PdfContent }; counter: NoteCounter; footLines: number } {
  const columns = planColumns(input.columns, input.plan)
  const stamp = stampText(input.stamp)
  const counter = new NoteCounter()
  const rows = planTableRows(input.plan)
  const body = [headerRow(columns), ...rows.map((row) => bodyRow(row, columns, counter))]
  const footLines = counter.all.length <= maxFootLines ? counter.all.length : 0
  const table: PdfContent = {
    table: {
      headerRows: 1,
      // Keeps the header from standing alone at the bottom of a page.
      keepWithHeaderRows: 1,
      widths: columnWidths(columns),
      body,
    },
    layout: {
      hLineWidth: () => lineWidth,
      vLineWidth: () => lineWidth,
      paddingLeft: () => padding,
      paddingRight: () => padding,
      paddingTop: () => 2.5,
      paddingBottom: () => 2.5,
    },
  }
  const endNotes: PdfContent[] = footLines === 0 && counter.all.length > 0
    ? [{ text: exportText.notesTitle, bold: true, margin: [0, 10, 0, 4] }, ...counter.all.map((note) => ({ text: `${note.number} ${note.text}`, fontSize: noteSize }))]
    : []
  const doc = {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [margins.left, margins.top, margins.right, margins.bottom + footLines * noteLineHeight],
    info: { title: exportFileName('plan', input.district, input.year, ''), creator: 'Планёрка', producer: 'Планёрка' },
    language: 'ru-RU',
    defaultStyle: { font: FontFamily.serif, fontSize, lineHeight: 1.05 },
    footer: (currentPage: number, pageCount: number): PdfContent => ({
      stack: [
        ...(notePages?.get(currentPage) ?? []).map((text) => ({ text, fontSize: noteSize, margin: [0, 0, 0, 1] })),
        { columns: [{ text: stamp, alignment: 'left' }, { text: exportText.page(currentPage, pageCount), alignment: 'right' }], fontSize: 9, margin: [0, 4, 0, 0] },
      ],
      margin: [margins.left, 12, margins.right, 0],
    }),
    content: [...titleBlock(input), table, ...endNotes],
  }
  return { doc, counter, footLines }
}

export async function renderPlanPdf (input: PlanExportInput): Promise<Buffer> {
  const first = definition(input)
  if (first.footLines === 0) return renderPdf(first.doc)
  // Which page each footnote lands on is known only after layout: a first
  // pass finds it, the second prints the notes at those pages' feet. Both
  // passes lay out the same content with the same margins, so pages agree.
  const pageOf = new Map<string, number>()
  await renderPdf({
    ...first.doc,
    pageBreakBefore: (node: { id?: unknown; startPosition?: { pageNumber?: number } }) => {
      if (typeof node.id === 'string' && node.id.startsWith('note-') && node.startPosition?.pageNumber) pageOf.set(node.id, node.startPosition.pageNumber)
      return false
    },
  })
  const notePages = new Map<number, string[]>()
  for (const note of first.counter.all) {
    const page = pageOf.get(note.id) ?? 1
    notePages.set(page, [...(notePages.get(page) ?? []), `${note.number} ${note.text}`])
  }
  return renderPdf(definition(input, notePages).doc)
}
