/**
 * The plan as an OpenDocument text, with the same content as the Word
 * export: landscape A4, the approval block and the plan's title, a table
 * whose header repeats on every page, section and sub-heading rows across the
 * table, merged cells as one cell (table:number-rows-spanned), real
 * footnotes, bullets of «Ожидаемый результат» as lists, the stamp and page
 * numbers in the footer.
 */
import { cellBlocks } from '../../shared/export/cellLines'
import type { PlanFootnote } from '../../shared/plan/planSnapshot'
import { documentHead } from './approvalBlock'
import { odtHead, odtPlace } from './approvalOdt'
import { splitAtNotes } from './cellNotes'
import { exportFileName, stampText } from './documentStamp'
import { exportText } from './exportText'
import type { OdtBlock, OdtCell, OdtInline, OdtRow } from './odt/odtModel'
import { writeOdt } from './odt/odtPackage'
import {
  planColumns, planStartYear, planTableRows, planTitleLines, sectionRowText, type PlanColumn, type PlanExportInput, type PlanTableRow,
  type PlanCellField,
} from './planTableModel'

const headerFill = '#E7E6E6'
const sectionFill = '#F2F2F2'
/** Each nesting level below an item moves the title right by 0.5 cm, as in the Word export. */
const subItemIndentCm = 0.5

function inline (text: string, notes: readonly PlanFootnote[]): OdtInline[] {
  return splitAtNotes(text, notes).map((piece) => typeof piece === 'string' ? piece : { footnote: piece.note.text })
}

function cellBlocksOdt (text: string, bullets: boolean, indentCm: number, notes: readonly PlanFootnote[]): OdtBlock[] {
  const lost = notes.filter((note) => !text.includes(`[${note.label}]`))
  const blocks = cellBlocks(text, bullets)
  return blocks.flatMap((block, index): OdtBlock[] => {
    const extra = index === blocks.length - 1 ? lost : []
    const notesOf = (line: string, last: boolean) => [...notes.filter((note) => line.includes(`[${note.label}]`)), ...(last ? extra : [])]
    if (block.kind === 'text') {
      const lines = block.text.split('\n')
      return lines.map((line, i): OdtBlock => ({ kind: 'paragraph', content: inline(line, notesOf(line, i === lines.length - 1)), indentCm: indentCm || undefined }))
    }
    return [{ kind: 'list', items: block.items.map((item, i) => inline(item.text, notesOf(item.text, i === block.items.length - 1))) }]
  })
}

function bodyRow (row: PlanTableRow, columns: readonly PlanColumn[]): OdtRow {
  if (row.kind !== 'item') {
    const text = row.kind === 'section' ? sectionRowText(row) : row.title
    const cell: OdtCell = {
      colSpan: columns.length,
      fill: row.kind === 'section' ? sectionFill : undefined,
      blocks: [{ kind: 'paragraph', content: inline(text, row.notes), bold: true, keepWithNext: true, align: row.kind === 'subheading' ? 'center' : undefined }],
    }
    return { cells: [cell], keepTogether: true }
  }
  const cells: OdtCell[] = []
  for (const column of columns) {
    if (column.key === 'number') {
      cells.push({ blocks: [{ kind: 'paragraph', content: [row.number], align: 'center' }] })
      continue
    }
    const field: PlanCellField = column.key
    const merge = field === 'fact' ? undefined : row.merges[field]
    // A covered place is written by the ODT writer itself (covered-table-cell).
    if (merge?.role === 'covered') continue
    const indentCm = field === 'title' ? subItemIndentCm * Math.max(0, row.depth - 1) : 0
    cells.push({
      rowSpan: merge?.role === 'start' ? merge.rows : undefined,
      blocks: cellBlocksOdt(row.cells[field], field === 'expectedResult', indentCm, row.notes.filter((note) => note.field === field)),
    })
  }
  return { cells }
}

export async function renderPlanOdt (input: PlanExportInput): Promise<Buffer> {
  const columns = planColumns(input.columns, input.plan)
  const head = documentHead(input.settings, input.stamp, planStartYear(input.year))
  const title: OdtBlock[] = planTitleLines(input).map((line) => ({ kind: 'paragraph', content: [line], align: 'center', bold: true, size: 14 }))
  const header: OdtRow = {
    cells: columns.map((column) => ({ fill: headerFill, verticalAlign: 'middle', blocks: [{ kind: 'paragraph', content: [column.label], align: 'center', bold: true }] })),
    keepTogether: true,
  }
  return writeOdt({
    title: exportFileName('plan', input.district, input.year, ''),
    language: 'ru',
    country: 'RU',
    font: 'Times New Roman',
    fontSize: 11,
    page: {
      orientation: 'landscape',
      margins: { top: 2, bottom: 1.5, left: 2, right: 2 },
      footer: [stampText(input.stamp), { tab: true }, `${exportText.pageWord} `, { field: 'page-number' }, ` ${exportText.ofWord} `, { field: 'page-count' }],
    },
    body: [
      ...odtHead(head),
      ...title,
      ...odtPlace(head),
      { kind: 'paragraph', content: [] },
      { kind: 'table', columns: columns.map((column) => column.weight), headerRows: [header], rows: planTableRows(input.plan).map((row) => bodyRow(row, columns)) },
    ],
  })
}
