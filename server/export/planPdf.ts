/**
 * The plan as a PDF in the official form, the same table as the Word export:
 * landscape A4, the header row repeated on every page, section rows spanning
 * the table, bullets of «Ожидаемый результат» as lists, PT Serif embedded (so
 * Cyrillic prints on any machine), page numbers and the stamp in the footer.
 */
import { cellBlocks } from '../../shared/export/cellLines'
import type { PlannedField } from '../../shared/plan/planFields'
import { exportFileName, moscowDateText, stampText } from './documentStamp'
import { exportText } from './exportText'
import { FontFamily } from './fonts'
import { renderPdf, type PdfContent } from './pdfRender'
import {
  planColumns, planTableRows, planTitleLines, sectionRowText, type PlanColumn, type PlanExportInput, type PlanTableRow,
} from './planTableModel'

// A4 landscape in points, margins 1.4 cm around and room for the footer below.
const pageWidth = 841.89
const margins = { left: 40, top: 36, right: 40, bottom: 48 }
const contentWidth = pageWidth - margins.left - margins.right
const padding = 4
const lineWidth = 0.5
const fontSize = 9.5
const subItemIndent = 10

const headerFill = '#E7E6E6'
const sectionFill = '#F2F2F2'

/** Numeric widths (pdfmake has no weighted star widths): the weights share what padding and rules leave. */
function columnWidths (columns: readonly PlanColumn[]): number[] {
  const free = contentWidth - columns.length * 2 * padding - (columns.length + 1) * lineWidth
  const total = columns.reduce((sum, column) => sum + column.weight, 0)
  return columns.map((column) => Math.floor((free * column.weight) / total * 100) / 100)
}

/** A cell's text: one paragraph per line, bullets of the expected result as a list. */
function cellContent (text: string, bullets: boolean, indent: number): PdfContent {
  const stack = cellBlocks(text, bullets).map((block): PdfContent => block.kind === 'text'
    ? { text: block.text === '' ? ' ' : block.text, margin: [indent, 0, 0, 0] }
    : { ul: block.items.map((item) => item.text), margin: [indent, 0, 0, 0] })
  return { stack }
}

function headerRow (columns: readonly PlanColumn[]): PdfContent[] {
  return columns.map((column) => ({ text: column.label, bold: true, alignment: 'center', verticalAlignment: 'middle', fillColor: headerFill }))
}

function bodyRow (row: PlanTableRow, columns: readonly PlanColumn[]): PdfContent[] {
  if (row.kind === 'section') {
    const spanned: PdfContent[] = columns.slice(1).map(() => ({}))
    return [{ text: sectionRowText(row), bold: true, colSpan: columns.length, fillColor: sectionFill }, ...spanned]
  }
  return columns.map((column): PdfContent => {
    if (column.key === 'number') return { text: row.number, alignment: 'center' }
    const field: PlannedField = column.key
    const indent = field === 'title' ? subItemIndent * Math.max(0, row.depth - 1) : 0
    return cellContent(row.cells[field], field === 'expectedResult', indent)
  })
}

function titleBlock (input: PlanExportInput): PdfContent[] {
  const blocks: PdfContent[] = []
  if (input.stamp.kind === 'agreed') {
    const lines = [exportText.agreedBlock, input.stamp.agreedBy, moscowDateText(input.stamp.agreedAt)].filter((line) => line.trim() !== '')
    blocks.push({ text: lines.join('\n'), alignment: 'right', fontSize: 11, margin: [0, 0, 0, 10] })
  }
  blocks.push({ text: planTitleLines(input).join('\n'), bold: true, fontSize: 14, alignment: 'center', margin: [0, 0, 0, 12] })
  return blocks
}

export async function renderPlanPdf (input: PlanExportInput): Promise<Buffer> {
  const columns = planColumns(input.columns)
  const stamp = stampText(input.stamp)
  const rows = planTableRows(input.plan)
  const table: PdfContent = {
    table: {
      headerRows: 1,
      // Keeps the header from standing alone at the bottom of a page.
      keepWithHeaderRows: 1,
      widths: columnWidths(columns),
      body: [headerRow(columns), ...rows.map((row) => bodyRow(row, columns))],
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
  return renderPdf({
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [margins.left, margins.top, margins.right, margins.bottom],
    info: { title: exportFileName('plan', input.district, input.year, ''), creator: 'Планёрка', producer: 'Планёрка' },
    language: 'ru-RU',
    defaultStyle: { font: FontFamily.serif, fontSize, lineHeight: 1.05 },
    footer: (currentPage: number, pageCount: number): PdfContent => ({
      columns: [
        { text: stamp, alignment: 'left' },
        { text: exportText.page(currentPage, pageCount), alignment: 'right' },
      ],
      fontSize: 9,
      margin: [margins.left, 16, margins.right, 0],
    }),
    content: [...titleBlock(input), table],
  })
}
