/**
 * Report blocks as pdfmake content: the narrative with its formatting, lists,
 * quotes, tables on a full grid with repeating headers, and charts as SVG
 * with their years and values in a row of cells under the dots.
 */
import { chartSvg, chartValueText } from './chartSvg'
import { FontFamily } from './fonts'
import type { PdfContent } from './pdfRender'
import { TableRowKind, type InlineRun, type ReportBlock } from './reportModel'
import { pdfTextWidth } from './pdfTextWidth'
import { breakWideWords } from './pdfWordBreaks'
import { fitColumnWidths, tableGrid } from './reportTables'

// A4 portrait in points: 3 cm left, 1.5 cm right, 2 cm top, and room for the footer below.
export const pdfPage = { width: 595.28, height: 841.89 }
export const pdfMargins = { left: 85, top: 57, right: 42.5, bottom: 64 }
const contentWidth = pdfPage.width - pdfMargins.left - pdfMargins.right
const cellPadding = 4
const lineWidth = 0.5
/** A wide Cyrillic letter of PT Serif Bold at the cells' 10.5 pt (headers are bold: «Часы» must not wrap). */
const cellCharWidth = 7.2
const headerFill = '#E7E6E6'
const groupFill = '#F2F2F2'
const linkColor = '#1F4E79'

export const pdfStyles: Record<string, Record<string, unknown>> = {
  h1: { fontSize: 14, bold: true, margin: [0, 16, 0, 8] },
  h2: { fontSize: 13, bold: true, margin: [0, 12, 0, 6] },
  h3: { fontSize: 12, bold: true, italics: true, margin: [0, 10, 0, 5] },
  subheading: { fontSize: 12, bold: true, margin: [0, 8, 0, 4] },
  paragraph: { alignment: 'justify', leadingIndent: 35.4, margin: [0, 0, 0, 4] },
  caption: { fontSize: 11, margin: [0, 8, 0, 4] },
  figureCaption: { fontSize: 11, alignment: 'center', margin: [0, 4, 0, 10] },
  note: { fontSize: 10.5, alignment: 'justify', margin: [0, 3, 0, 0] },
  notice: { fontSize: 11, italics: true, margin: [0, 2, 0, 6] },
  cell: { fontSize: 10.5, lineHeight: 1.05 },
  footnote: { fontSize: 9.5, lineHeight: 1.05, margin: [0, 1, 0, 0] },
  subheading4: { fontSize: 12, bold: true, italics: true, margin: [0, 6, 0, 3] },
  toc1: { fontSize: 12, bold: true },
  toc2: { fontSize: 12 },
  toc3: { fontSize: 11.5 },
  tocTitle: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 0, 0, 14] },
}

export interface PdfPlace {
  /** Inside a table cell or a list, paragraphs are neither justified nor indented. */
  compact: boolean
}

function runs (list: readonly InlineRun[]): PdfContent[] {
  return list.map((run) => {
    const decoration = [run.underline || run.href ? 'underline' : '', run.strike ? 'lineThrough' : ''].filter(Boolean)
    // pdfmake has no footnotes: the mark is a superscript number, the note follows at the section's end.
    if (run.footnote !== undefined) return { text: (run.lineBreak ? '\n' : '') + String(run.footnote), sup: true }
    const node: Record<string, unknown> = { text: (run.lineBreak ? '\n' : '') + run.text }
    if (run.bold) node.bold = true
    if (run.italic) node.italics = true
    if (run.code) node.font = FontFamily.sans
    if (decoration.length > 0) node.decoration = decoration.length === 1 ? decoration[0] : decoration
    if (run.href) Object.assign(node, { link: run.href, color: linkColor })
    return node
  })
}

const isBlank = (list: readonly InlineRun[]): boolean => list.every((run) => run.text.trim() === '' && !run.lineBreak)

function headingNode (block: Extract<ReportBlock, { kind: 'heading' }>): PdfContent {
  return {
    text: block.text,
    style: `h${block.level}`,
    tocItem: true,
    tocStyle: `toc${block.level}`,
    tocMargin: [(block.level - 1) * 18, block.level === 1 ? 5 : 2, 0, 0],
    id: block.anchor,
  }
}

const cellFontSize = 10.5
/** The smallest type a crowded table is set in so that its words still fit their columns whole (7.5 pt is still read easily in print). */
const minCellFontSize = 7.5
/** One word (a web address) may not claim more of a table than this; longer ones wrap. */
const maxWordShare = 0.45

/**
 * Column widths that hold every column's longest word whole, measured in the
 * font; when the words of a crowded table do not fit side by side at the
 * cells' 10.5 pt, the table is set smaller (down to 7.5 pt) until they do.
 */
function tableLayout (block: Extract<ReportBlock, { kind: 'table' }>, free: number): { widths: number[]; fontSize: number } {
  const longWords = block.widths.longWords
  const minsAt = (size: number) => longWords?.map((words) =>
    Math.min(free * maxWordShare, Math.max(0, ...words.map((word) => pdfTextWidth(word, size, true))) + 1))
  let fontSize = cellFontSize
  let mins = minsAt(fontSize)
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0)
  if (mins && sum(mins) > free) {
    fontSize = Math.max(minCellFontSize, Math.floor(cellFontSize * (free / sum(mins)) * 10) / 10)
    mins = minsAt(fontSize)
  }
  const widths = fitColumnWidths(block.widths, free, cellCharWidth, 2, mins).map((width) => Math.floor(width * 100) / 100)
  return { widths, fontSize }
}

function tableNode (block: Extract<ReportBlock, { kind: 'table' }>): PdfContent {
  // pdfmake's widths leave out the cells' padding and the rules: those are taken off first.
  const free = contentWidth - block.columns * 2 * cellPadding - (block.columns + 1) * lineWidth
  const { widths, fontSize } = tableLayout(block, free)
  const body = tableGrid(block).map((slots, rowIndex) => {
    const row = block.rows[rowIndex]
    return slots.map((slot, column): PdfContent => {
      if (typeof slot === 'string') return {}
      const bold = row.kind !== TableRowKind.body
      const width = widths.slice(column, column + (slot.colSpan ?? 1)).reduce((sum, value) => sum + value, 0)
      const stack = blocksContent(slot.blocks.map((inner) => fitWords(inner, width - 1, fontSize, bold)), { compact: true })
      // An empty cell keeps a line's height, so an unfilled row of a typed table stays visible.
      const cell: Record<string, unknown> = { stack: stack.length > 0 ? stack : [{ text: ' ' }] }
      if (fontSize !== cellFontSize) cell.fontSize = fontSize
      if ((slot.colSpan ?? 1) > 1) cell.colSpan = slot.colSpan
      if ((slot.rowSpan ?? 1) > 1) cell.rowSpan = slot.rowSpan
      if (row.kind === TableRowKind.header) Object.assign(cell, { bold: true, alignment: 'center', fillColor: headerFill })
      else if (row.kind === TableRowKind.group) Object.assign(cell, { bold: true, fillColor: groupFill })
      else if (row.kind === TableRowKind.total) cell.bold = true
      if (row.kind !== TableRowKind.header && row.kind !== TableRowKind.group && block.align[column] === 'center') cell.alignment = 'center'
      return cell
    })
  })
  const headerRows = block.rows.findIndex((row) => row.kind !== TableRowKind.header)
  const headers = headerRows === -1 ? 0 : headerRows
  return {
    // Rows taller than what is left of a page continue on the next one, the header repeated above them
    // (pdfmake's keepWithHeaderRows dropped such a row together with the header: never used).
    table: { headerRows: headers, dontBreakRows: false, widths, body },
    style: 'cell',
    margin: [0, 0, 0, 4],
    layout: {
      hLineWidth: () => lineWidth,
      vLineWidth: () => lineWidth,
      paddingLeft: () => cellPadding,
      paddingRight: () => cellPadding,
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
  }
}

/** A cell's paragraphs with any word wider than the column broken between syllables (breakWideWords). */
function fitWords (block: ReportBlock, width: number, size: number, bold: boolean): ReportBlock {
  if (block.kind !== 'paragraph') return block
  return { ...block, runs: block.runs.map((run) => ({ ...run, text: breakWideWords(run.text, width, size, bold || run.bold === true) })) }
}

const chartSize = { width: 360, height: 140 }

/** The line as SVG, the years and values in a row of cells under the dots, the caption below (as GOST puts it). */
function chartNode (block: Extract<ReportBlock, { kind: 'chart' }>): PdfContent {
  const points = block.chart.points
  const band = chartSize.width / points.length
  const none = () => 0
  const figure: PdfContent = {
    width: chartSize.width,
    stack: [
      { svg: chartSvg(block.chart, chartSize), width: chartSize.width },
      {
        table: {
          widths: points.map(() => band),
          body: [
            points.map((point) => ({ text: point.label, fontSize: 9, color: '#404040' })),
            points.map((point) => ({ text: chartValueText(point.value), fontSize: 10.5, bold: true })),
          ],
        },
        layout: { hLineWidth: none, vLineWidth: none, paddingLeft: none, paddingRight: none, paddingTop: () => 1, paddingBottom: () => 1 },
        alignment: 'center',
      },
    ],
  }
  return {
    stack: [
      { columns: [{ width: '*', text: '' }, figure, { width: '*', text: '' }] },
      { text: block.caption, style: 'figureCaption' },
    ],
    unbreakable: true,
    margin: [0, 8, 0, 0],
  }
}

export function blockContent (block: ReportBlock, place: PdfPlace): PdfContent | null {
  switch (block.kind) {
    case 'heading': return headingNode(block)
    case 'subheading': return isBlank(block.runs) ? null : { text: runs(block.runs), style: 'subheading' }
    case 'paragraph':
      if (isBlank(block.runs)) return null
      return place.compact ? { text: runs(block.runs) } : { text: runs(block.runs), style: 'paragraph' }
    case 'code': return { text: block.text, font: FontFamily.sans, fontSize: 10, margin: [0, 2, 0, 4], preserveLeadingSpaces: true }
    case 'list': {
      // An item that opens with a nested list gets an empty first line, so the two markers do not overlap.
      const items = block.items.map((item) => ({
        stack: [...(item[0]?.kind === 'paragraph' ? [] : [{ text: ' ' }]), ...blocksContent(item, { compact: true })],
      }))
      const list = block.ordered ? { ol: items, start: block.start } : { ul: items }
      return { ...list, margin: [place.compact ? 0 : 18, 0, 0, place.compact ? 0 : 4] }
    }
    case 'quote':
      return {
        table: { widths: ['*'], body: [[{ stack: blocksContent(block.blocks, { compact: true }) }]] },
        layout: {
          hLineWidth: () => 0,
          vLineWidth: (index: number) => index === 0 ? 2 : 0,
          vLineColor: () => '#A6A6A6',
          paddingLeft: () => 10,
        },
        margin: [18, 2, 0, 6],
      }
    case 'rule':
      return { canvas: [{ type: 'line', x1: 0, y1: 0, x2: contentWidth, y2: 0, lineWidth: 0.5, lineColor: '#A6A6A6' }], margin: [0, 6, 0, 6] }
    case 'caption': return { text: block.text, style: 'caption' }
    case 'table': return tableNode(block)
    case 'note': return { text: block.text, style: 'note' }
    case 'notice': return { text: block.text, style: 'notice' }
    case 'chart': return chartNode(block)
    case 'footnotes':
      return {
        stack: [
          { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 150, y2: 0, lineWidth: 0.5 }], margin: [0, 4, 0, 2] },
          ...block.notes.map((note) => ({ text: [{ text: String(note.number), sup: true }, ' ', note.text], style: 'footnote' })),
        ],
        margin: [0, 0, 0, 6],
      }
  }
}

export function blocksContent (blocks: readonly ReportBlock[], place: PdfPlace): PdfContent[] {
  return blocks.map((block) => blockContent(block, place)).filter((node): node is PdfContent => node !== null)
}
