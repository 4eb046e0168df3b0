/**
 * The report's three kinds of table as table blocks: tables people drew in
 * the text (TipTap), typed tables (fixed columns, rows as typed) and
 * generated blocks (computed by generateBlock, or frozen in an agreed
 * version), the last two under a numbered caption, as official reports number
 * their tables («Таблица 3 — Реализация ДПП»).
 */
import { isGeneratedBlockKind } from '../../shared/report/blockKinds'
import { parseBlockParams } from '../../shared/report/generate/blockParams'
import { generateBlock } from '../../shared/report/generate/generateBlock'
import type { GeneratedTable } from '../../shared/report/generatedTable'
import type { ReportElementNode, ReportNodeJson } from '../../shared/report/reportSnapshot'
import { CellType, typedTableDefinitions } from '../../shared/report/typedTableKinds'
import { isElement, plainText, safeHref } from './reportInline'
import {
  reportText, TableRowKind, type ColumnWidths, type ReportBlock, type TableCellBlock, type TableRowBlock,
} from './reportModel'
import type { BodyContext } from './reportNodes'

type TableBlock = Extract<ReportBlock, { kind: 'table' }>

/** A cell of plain text; each line of the text is a line of the cell. */
function textCell (text: string, href?: string): TableCellBlock {
  const runs = text.split('\n').map((line, index) => ({ text: line, lineBreak: index > 0, href }))
  return { blocks: [{ kind: 'paragraph', runs }] }
}

/** The widths a column's text asks for (see ColumnWidths); long words are capped so one URL cannot take the table. */
function columnWidths (columns: number, rows: readonly string[][]): ColumnWidths {
  const weights: number[] = []
  const minChars: number[] = []
  const longWords: string[][] = []
  for (let column = 0; column < columns; column++) {
    const texts = rows.map((row) => row[column] ?? '').filter((text) => text.trim() !== '')
    const average = texts.reduce((sum, text) => sum + text.length, 0) / Math.max(1, texts.length)
    // A compound word («Опытно-экспериментальная») breaks after its hyphen: its parts are the units to fit.
    const words = [...new Set(texts.flatMap((text) => text.split(/\s+|(?<=-)/)).filter((word) => word !== ''))]
    const longestWord = Math.max(1, ...words.map((word) => word.length))
    minChars.push(Math.min(longestWord, 16))
    longWords.push(words.sort((a, b) => b.length - a.length).slice(0, 5))
    weights.push(Math.max(3, Math.min(60, average)))
  }
  return { weights, minChars, longWords }
}

/**
 * Widths in the renderer's unit that add up to `total`: shared by weight,
 * except that no column gets less than its longest word; the columns held at
 * their minimum give up their share to the others. When even the minimums do
 * not fit, they are scaled down together.
 */
export function fitColumnWidths (widths: ColumnWidths, total: number, charWidth: number, padding: number, measured?: number[]): number[] {
  const mins = measured ?? widths.minChars.map((chars) => chars * charWidth + padding)
  const minTotal = mins.reduce((sum, width) => sum + width, 0)
  if (minTotal >= total) return mins.map((width) => (width * total) / minTotal)
  const fixed = new Set<number>()
  for (;;) {
    const free = total - [...fixed].reduce((sum, index) => sum + mins[index], 0)
    const weight = widths.weights.reduce((sum, value, index) => fixed.has(index) ? sum : sum + value, 0)
    const shares = widths.weights.map((value, index) => fixed.has(index) ? mins[index] : (free * value) / weight)
    const short = shares.findIndex((share, index) => !fixed.has(index) && share < mins[index])
    if (short === -1) return shares
    fixed.add(short)
  }
}

const numberLike = /^[\d\s.,:%+−–—-]+$/

/** Counts, dates and shares read best centred; a column is numeric when every filled body cell is. */
function columnAlign (columns: number, body: readonly string[][]): Array<'left' | 'center'> {
  return Array.from({ length: columns }, (_, column) => {
    const texts = body.map((row) => (row[column] ?? '').trim()).filter((text) => text !== '')
    return texts.length > 0 && texts.every((text) => numberLike.test(text)) ? 'center' : 'left'
  })
}

function simpleTable (header: readonly string[], body: Array<{ kind: TableRowKind; cells: TableCellBlock[]; texts: string[] }>): TableBlock {
  const columns = Math.max(1, header.length)
  const plain = body.filter((row) => row.kind !== TableRowKind.group).map((row) => row.texts)
  return {
    kind: 'table',
    columns,
    widths: columnWidths(columns, [[...header], ...plain]),
    align: columnAlign(columns, plain),
    rows: [
      { kind: TableRowKind.header, cells: header.map((label) => textCell(label)) },
      ...body.map(({ kind, cells }): TableRowBlock => ({ kind, cells })),
    ],
  }
}

export function typedTableBlocks (tableId: unknown, context: BodyContext): ReportBlock[] {
  const table = typeof tableId === 'string' ? context.input.report.tables[tableId] : undefined
  if (!table) return [{ kind: 'notice', text: reportText.missingTable }]
  const definition = typedTableDefinitions[table.kind]
  const filled = table.rows.filter((row) => definition.columns.some((column) => (row[column.key] ?? '').trim() !== ''))
  // A table nobody has filled in yet keeps one empty row, so the form stays visible in a draft.
  const rows = filled.length > 0 ? filled : [{}]
  const body = rows.map((row: Record<string, string>) => {
    const texts = definition.columns.map((column) => (row[column.key] ?? '').trim())
    const cells = definition.columns.map((column, index) =>
      textCell(texts[index], column.type === CellType.url ? safeHref(texts[index]) : undefined))
    return { kind: TableRowKind.body, cells, texts }
  })
  context.counters.tables += 1
  return [
    { kind: 'caption', text: reportText.table(context.counters.tables, definition.title) },
    simpleTable(definition.columns.map((column) => column.label), body),
  ]
}

function computeTable (kind: unknown, params: unknown, context: BodyContext): GeneratedTable | string {
  const frozen = context.frozenKey === undefined ? undefined : context.input.frozen?.[context.frozenKey]
  if (frozen) return frozen
  if (!isGeneratedBlockKind(kind)) return reportText.unknownBlock(String(kind ?? ''))
  try {
    return generateBlock(kind, parseBlockParams(params), context.input)
  } catch (error) {
    // One broken generator must not cost the whole export; the notice shows where the table is missing.
    console.error('report export: generated block failed', kind, error)
    return reportText.failedBlock
  }
}

export function generatedBlockBlocks (kind: unknown, params: unknown, context: BodyContext): ReportBlock[] {
  const table = computeTable(kind, params, context)
  if (typeof table === 'string') return [{ kind: 'notice', text: table }]
  context.counters.tables += 1
  const blocks: ReportBlock[] = [{ kind: 'caption', text: reportText.table(context.counters.tables, table.title) }]
  if (table.rows.length === 0) {
    blocks.push({ kind: 'notice', text: table.empty ?? reportText.noRows })
  } else {
    const span = Math.max(1, table.columns.length)
    blocks.push(simpleTable(table.columns, table.rows.map((row) => {
      if (row.group) return { kind: TableRowKind.group, cells: [{ ...textCell(row.cells.join(' ')), colSpan: span }], texts: row.cells }
      const texts = Array.from({ length: span }, (_, index) => row.cells[index] ?? '')
      return { kind: row.total ? TableRowKind.total : TableRowKind.body, cells: texts.map((text) => textCell(text)), texts }
    })))
  }
  for (const note of table.notes) blocks.push({ kind: 'note', text: note })
  for (const chart of table.charts ?? []) {
    if (chart.points.length < 2) continue
    context.counters.figures += 1
    blocks.push({ kind: 'chart', chart, caption: reportText.figure(context.counters.figures, chart.title) })
  }
  return blocks
}

const span = (value: unknown): number => {
  const number = Number(value)
  return Number.isSafeInteger(number) && number > 1 ? Math.min(number, 50) : 1
}

/** A table drawn in the editor: header cells make header rows, spans are kept, the grid is measured. */
export function tiptapTableBlock (node: ReportElementNode, cellBlocks: (content: ReportNodeJson[]) => ReportBlock[]): TableBlock {
  const rows: TableRowBlock[] = []
  const texts: string[][] = []
  // How many more rows each column stays covered by a cell spanning down from above.
  const coveredFor: number[] = []
  let columns = 1
  for (const row of node.content.filter(isElement)) {
    const cells = row.content.filter(isElement)
    const rowTexts: string[] = []
    const spansDown: Array<[number, number]> = []
    let column = 0
    for (const cell of cells) {
      while ((coveredFor[column] ?? 0) > 0) column += 1
      const colSpan = span(cell.attrs.colspan)
      rowTexts[column] = plainText(cell.content)
      spansDown.push([column, colSpan])
      column += colSpan
    }
    columns = Math.max(columns, column, coveredFor.length)
    for (let c = 0; c < coveredFor.length; c++) coveredFor[c] = Math.max(0, (coveredFor[c] ?? 0) - 1)
    cells.forEach((cell, index) => {
      const [start, colSpan] = spansDown[index]
      for (let c = start; c < start + colSpan; c++) coveredFor[c] = span(cell.attrs.rowspan) - 1
    })
    const header = cells.length > 0 && cells.every((cell) => cell.type === 'tableHeader')
    rows.push({
      kind: header ? TableRowKind.header : TableRowKind.body,
      cells: cells.map((cell) => ({ blocks: cellBlocks(cell.content), colSpan: span(cell.attrs.colspan), rowSpan: span(cell.attrs.rowspan) })),
    })
    texts.push(rowTexts)
  }
  // Only the rows at the top of a table repeat on every page as its header.
  const firstBody = rows.findIndex((row) => row.kind !== TableRowKind.header)
  if (firstBody !== -1) rows.slice(firstBody).forEach((row) => { row.kind = TableRowKind.body })
  return { kind: 'table', columns, widths: columnWidths(columns, texts), align: Array(columns).fill('left'), rows }
}

/** One place of a table's grid: the cell starting there, a place a span covers, or nothing (a short row). */
export type GridSlot = TableCellBlock | 'covered' | 'empty'

/**
 * The table as a full grid, one slot per column in every row (pdfmake's
 * shape; the DOCX writer pads short rows from it). Spans are clipped to the
 * table, since a damaged document could claim more than it has.
 */
export function tableGrid (table: TableBlock): GridSlot[][] {
  const coveredFor: number[] = Array(table.columns).fill(0)
  return table.rows.map((row, rowIndex) => {
    const line: GridSlot[] = coveredFor.map((rows) => rows > 0 ? 'covered' : 'empty')
    const placed: Array<[number, TableCellBlock]> = []
    let column = 0
    for (const cell of row.cells) {
      while (column < table.columns && coveredFor[column] > 0) column += 1
      if (column >= table.columns) break
      const colSpan = Math.min(cell.colSpan ?? 1, table.columns - column)
      const rowSpan = Math.min(cell.rowSpan ?? 1, table.rows.length - rowIndex)
      const clipped = { ...cell, colSpan, rowSpan }
      line[column] = clipped
      for (let c = column + 1; c < column + colSpan; c++) line[c] = 'covered'
      placed.push([column, clipped])
      column += colSpan
    }
    for (let c = 0; c < table.columns; c++) coveredFor[c] = Math.max(0, coveredFor[c] - 1)
    for (const [start, cell] of placed) {
      for (let c = start; c < start + (cell.colSpan ?? 1); c++) coveredFor[c] = (cell.rowSpan ?? 1) - 1
    }
    return line
  })
}
