/**
 * Report blocks as Word paragraphs and tables: section headings in Word's
 * heading styles (so the TOC field and the navigation pane find them), the
 * narrative in the report's own styles, lists on the document's numbering,
 * tables with repeating headers, and charts as native Word charts (Word and
 * LibreOffice draw them from their data; no picture has to be rendered on
 * the server, where there is no canvas).
 */
import {
  AlignmentType, BorderStyle, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, LevelFormat, Paragraph, ShadingType, Table, TableCell,
  TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType, type ILevelsOptions, type NumberingDefinition, type ParagraphChild,
} from 'docx'
import { ChartRun } from 'docx/charts'
import { reportText, TableRowKind, type InlineRun, type ReportBlock } from './reportModel'
import { fitColumnWidths, tableGrid } from './reportTables'

export type DocxChild = Paragraph | Table

export const docxFont = 'Times New Roman'
export const docxLanguage = { value: 'ru-RU' }
/** Half-points. */
export const docxSize = { body: 24, cell: 22, note: 21 }
export const docxStyle = {
  body: 'ReportBody',
  compact: 'ReportCompact',
  subheading: 'ReportSubheading',
  quote: 'ReportQuote',
  note: 'ReportNote',
  notice: 'ReportNotice',
  code: 'ReportCode',
  caption: 'Caption',
  figure: 'ReportFigure',
  /** An empty line of 6 pt between a table and the text around it. */
  gap: 'ReportGap',
} as const
const docxLists = { bullet: 'report-bullet', ordered: 'report-ordered' } as const
/** Each list level indents its text by 1.25 cm, the paragraph indent of the official form. */
const listIndent = 709

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const
/** In-text headings: Word's own heading styles, so they are in the navigation pane and the TOC. */
const subheadingLevels = [HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const
const headerFill = 'E7E6E6'
const groupFill = 'F2F2F2'
const cellMargins = { top: 30, bottom: 30, left: 85, right: 85 }
/** A wide letter of Times New Roman Bold at the cells' 11 pt, in twips (headers are bold: «Часы» must not wrap). */
const cellCharWidth = 140

export interface DocxPlace {
  /** Text width in twips: the page's, or a cell's. */
  width: number
  /** In a cell or a list: no first-line indent, no justification. */
  compact: boolean
  quote: boolean
  align?: 'center'
  /** Ordered lists each need a numbering instance of their own, or they would count on from the last one. */
  lists: { next: number }
}

function docxRuns (runs: readonly InlineRun[]): ParagraphChild[] {
  return runs.map((run) => {
    // A real Word footnote: Document's `footnotes` holds the text under the same number (reportDocx.ts).
    if (run.footnote !== undefined) return new FootnoteReferenceRun(run.footnote)
    const text = new TextRun({
      text: run.text,
      break: run.lineBreak ? 1 : undefined,
      bold: run.bold,
      italics: run.italic,
      underline: run.underline || run.href ? {} : undefined,
      strike: run.strike,
      color: run.href ? '0563C1' : undefined,
      font: run.code ? 'Courier New' : undefined,
      language: docxLanguage,
    })
    return run.href ? new ExternalHyperlink({ link: run.href, children: [text] }) : text
  })
}

const plain = (text: string, options: { bold?: boolean; italics?: boolean } = {}): TextRun =>
  new TextRun({ text, language: docxLanguage, ...options })

const isBlank = (runs: readonly InlineRun[]): boolean => runs.every((run) => run.text.trim() === '' && !run.lineBreak)

function paragraphStyle (place: DocxPlace): string {
  return place.quote ? docxStyle.quote : place.compact ? docxStyle.compact : docxStyle.body
}

const listLevel = (level: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string, start = 1): ILevelsOptions => ({
  level,
  format,
  text,
  start,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: listIndent * (level + 1), hanging: 357 } } },
})

const bullets = ['•', '–', '▪']
// «1.», then «а)» as Russian documents letter a nested list, then «1)».
const orderedLevels = (start: number): ILevelsOptions[] => Array.from({ length: 9 }, (_, level) => level % 3 === 0
  ? listLevel(level, LevelFormat.DECIMAL, `%${level + 1}.`, level === 0 ? start : 1)
  : level % 3 === 1 ? listLevel(level, LevelFormat.RUSSIAN_LOWER, `%${level + 1})`) : listLevel(level, LevelFormat.DECIMAL, `%${level + 1})`))

export const docxNumbering = {
  config: [
    { reference: docxLists.bullet, levels: Array.from({ length: 9 }, (_, level) => listLevel(level, LevelFormat.BULLET, bullets[level % 3])) },
    { reference: docxLists.ordered, levels: orderedLevels(1) },
  ],
}

/** A list numbered from 1 uses the document's list; one that starts elsewhere («3.») brings a definition of its own. */
function listReference (block: Extract<ReportBlock, { kind: 'list' }>): string | NumberingDefinition {
  if (!block.ordered) return docxLists.bullet
  if (block.start === 1) return docxLists.ordered
  return { reference: `${docxLists.ordered}-${block.start}`, levels: orderedLevels(block.start) }
}

function listParagraphs (block: Extract<ReportBlock, { kind: 'list' }>, place: DocxPlace, level: number): DocxChild[] {
  const instance = place.lists.next++
  const reference = listReference(block)
  const inner = { ...place, compact: true }
  return block.items.flatMap((item) => {
    const children: DocxChild[] = []
    item.forEach((child, index) => {
      if (child.kind === 'list') {
        children.push(...listParagraphs(child, place, Math.min(level + 1, 8)))
      } else if (child.kind === 'paragraph' && index === 0) {
        children.push(new Paragraph({ style: docxStyle.compact, numbering: { reference, level, instance }, children: docxRuns(child.runs) }))
      } else if (child.kind === 'paragraph') {
        // A second paragraph of an item lines up with the item's text, unnumbered.
        children.push(new Paragraph({ style: docxStyle.compact, indent: { left: listIndent * (level + 1) }, children: docxRuns(child.runs) }))
      } else {
        children.push(...docxBlocks([child], inner))
      }
    })
    if (item.length === 0 || item[0].kind !== 'paragraph') {
      children.unshift(new Paragraph({ style: docxStyle.compact, numbering: { reference, level, instance }, children: [] }))
    }
    return children
  })
}

function docxTable (block: Extract<ReportBlock, { kind: 'table' }>, place: DocxPlace): Table {
  const widths = fitColumnWidths(block.widths, place.width, cellCharWidth, cellMargins.left + cellMargins.right + 40).map(Math.floor)
  widths[widths.length - 1] += place.width - widths.reduce((sum, width) => sum + width, 0)
  const rows = tableGrid(block).map((slots, rowIndex) => {
    const row = block.rows[rowIndex]
    const header = row.kind === TableRowKind.header
    const cells: TableCell[] = []
    slots.forEach((slot, column) => {
      // A place covered by a span is written by docx itself (a merge continuation for a row span).
      if (slot === 'covered') return
      const cell = slot === 'empty' ? { blocks: [] } : slot
      const span = Math.max(1, cell.colSpan ?? 1)
      const width = widths.slice(column, column + span).reduce((sum, value) => sum + value, 0)
      const align = header || (row.kind !== TableRowKind.group && block.align[column] === 'center') ? 'center' : undefined
      const inner: DocxPlace = { ...place, compact: true, quote: false, width: width - cellMargins.left - cellMargins.right, align }
      const bold = header || row.kind === TableRowKind.group || row.kind === TableRowKind.total
      const children = docxBlocks(bold ? boldBlocks(cell.blocks) : cell.blocks, inner)
      const fill = header ? headerFill : row.kind === TableRowKind.group ? groupFill : undefined
      cells.push(new TableCell({
        width: { size: width, type: WidthType.DXA },
        columnSpan: span > 1 ? span : undefined,
        rowSpan: (cell.rowSpan ?? 1) > 1 ? cell.rowSpan : undefined,
        margins: cellMargins,
        verticalAlign: header ? VerticalAlign.CENTER : VerticalAlign.TOP,
        shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
        // Word refuses a cell that does not end with a paragraph.
        children: children.length > 0 && !(children[children.length - 1] instanceof Table)
          ? children
          : [...children, new Paragraph({ style: docxStyle.compact })],
      }))
    })
    return new TableRow({ tableHeader: header, cantSplit: header, children: cells })
  })
  return new Table({ width: { size: place.width, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, rows })
}

/** Header, group and totals cells are bold through their runs (a cell has no run formatting of its own). */
function boldBlocks (blocks: readonly ReportBlock[]): ReportBlock[] {
  return blocks.map((block) => block.kind === 'paragraph' ? { ...block, runs: block.runs.map((run) => ({ ...run, bold: true })) } : block)
}

function chartParagraphs (block: Extract<ReportBlock, { kind: 'chart' }>): Paragraph[] {
  const { chart } = block
  const chartRun = new ChartRun({
    type: 'line',
    categories: chart.points.map((point) => point.label),
    series: [{ name: chart.title, values: chart.points.map((point) => point.value), color: '1F4E79', line: { width: 2 } }],
    markers: { shape: 'circle', size: 6 },
    dataLabels: { value: true, position: 'above', font: { size: 10, bold: true } },
    legend: false,
    font: { name: docxFont },
    valueAxis: { minimum: Math.min(0, ...chart.points.map((point) => point.value)), gridlines: true },
    transformation: { width: 480, height: 220 },
    altText: { name: chart.title, description: reportText.chartAlt(chart.title) },
  })
  return [
    new Paragraph({ style: docxStyle.figure, keepNext: true, children: [chartRun] }),
    new Paragraph({ style: docxStyle.figure, children: [plain(block.caption)] }),
  ]
}

function blockChildren (block: ReportBlock, place: DocxPlace): DocxChild[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: headingLevels[block.level], children: [plain(block.text)] })]
    case 'subheading':
      return isBlank(block.runs) ? [] : [new Paragraph({ heading: subheadingLevels[Math.max(0, Math.min(4, block.level - 2))], children: docxRuns(block.runs) })]
    case 'paragraph': {
      if (isBlank(block.runs)) return []
      const alignment = place.align === 'center' ? AlignmentType.CENTER : undefined
      return [new Paragraph({ style: paragraphStyle(place), alignment, children: docxRuns(block.runs) })]
    }
    case 'code':
      return [new Paragraph({ style: docxStyle.code, children: block.text.split('\n').map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined })) })]
    case 'list':
      return listParagraphs(block, place, 0)
    case 'quote':
      return docxBlocks(block.blocks, { ...place, quote: true })
    case 'rule':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6', space: 1 } }, children: [] })]
    case 'caption':
      return [new Paragraph({ style: docxStyle.caption, keepNext: true, children: [plain(block.text)] })]
    case 'table':
      return [docxTable(block, place)]
    case 'note':
      return [new Paragraph({ style: docxStyle.note, children: [plain(block.text)] })]
    case 'notice':
      return [new Paragraph({ style: docxStyle.notice, children: [plain(block.text)] })]
    case 'chart':
      return chartParagraphs(block)
    case 'footnotes':
      // Word prints them at the page foot from the footnotes part.
      return []
  }
}

export function docxBlocks (blocks: readonly ReportBlock[], place: DocxPlace): DocxChild[] {
  const children: DocxChild[] = []
  let previous: ReportBlock | undefined
  for (const block of blocks) {
    const next = blockChildren(block, place)
    // A table gets a small gap from the text around it (the caption above is its own); two tables that touch
    // would also be joined into one by Word.
    const gapBefore = block.kind === 'table' && previous !== undefined && previous.kind !== 'caption' && (!place.compact || previous.kind === 'table')
    if (gapBefore) children.push(new Paragraph({ style: docxStyle.gap }))
    if (previous?.kind === 'table' && !place.compact && block.kind !== 'note') children.push(new Paragraph({ style: docxStyle.gap }))
    children.push(...next)
    previous = block
  }
  return children
}
