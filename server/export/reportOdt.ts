/**
 * The analytic report as an OpenDocument text, with the same content as the
 * Word export (reportDocx): portrait A4 with the official margins, the title
 * page, every section as a numbered heading on its outline level, in-text
 * headings one level below their section, the narrative, lists, tables with
 * their header rows repeated and merged cells kept merged
 * (number-columns/rows-spanned), captions, real footnotes, notes, and the
 * stamp with page numbers in the footer. Written with the product's one ODT
 * writer (server/export/odt).
 */
import { academicYearKey } from '../../shared/academicYear'
import { exportFileName, moscowDateText } from './documentStamp'
import { exportText } from './exportText'
import type { OdtBlock, OdtCell, OdtInline, OdtRow } from './odt/odtModel'
import { writeOdt } from './odt/odtPackage'
import { buildReportContent, type ReportExportInput } from './reportContent'
import { TableRowKind, type FootnoteText, type InlineRun, type ReportBlock, type TableCellBlock } from './reportModel'
import { tableGrid } from './reportTables'

const headerFill = '#E7E6E6'
const groupFill = '#F2F2F2'
/** Each list level and a quote indent by 1.25 cm, the paragraph indent of the official form. */
const indentCm = 1.25

interface Place { notes: ReadonlyMap<number, string>; bold?: boolean; align?: 'center' }

function inline (runs: readonly InlineRun[], place: Place): OdtInline[] {
  return runs.flatMap((run): OdtInline[] => {
    if (run.footnote !== undefined) return [{ footnote: place.notes.get(run.footnote) ?? '' }]
    const text = (run.lineBreak ? '\n' : '') + run.text
    if (text === '') return []
    const bold = run.bold || place.bold
    return bold || run.italic ? [{ text, bold: bold || undefined, italic: run.italic || undefined }] : [text]
  })
}

const isBlank = (runs: readonly InlineRun[]) => runs.every((run) => run.text.trim() === '' && !run.lineBreak && run.footnote === undefined)

/** List items as paragraphs of the writer's list; nested lists follow their item, marked «–» and indented. */
function listBlocks (block: Extract<ReportBlock, { kind: 'list' }>, place: Place, depth: number): OdtBlock[] {
  if (depth === 0) {
    const items: OdtInline[][] = []
    const after: OdtBlock[] = []
    block.items.forEach((item) => {
      const [first, ...rest] = item
      items.push(first?.kind === 'paragraph' ? inline(first.runs, place) : [])
      for (const child of first?.kind === 'paragraph' ? rest : item) {
        if (child.kind === 'list') items.push(...child.items.map((nested) => ['– ', ...nested.flatMap((b) => b.kind === 'paragraph' ? inline(b.runs, place) : [])]))
        else after.push(...blocksOf([child], place))
      }
    })
    return [{ kind: 'list', ordered: block.ordered, items }, ...after]
  }
  return []
}

function cellOf (cell: TableCellBlock, rowKind: TableRowBlockKind, align: 'left' | 'center', place: Place): OdtCell {
  const header = rowKind === TableRowKind.header
  const bold = header || rowKind === TableRowKind.group || rowKind === TableRowKind.total
  const blocks = blocksOf(cell.blocks, { ...place, bold, align: header || align === 'center' ? 'center' : undefined })
  return {
    blocks,
    colSpan: (cell.colSpan ?? 1) > 1 ? cell.colSpan : undefined,
    rowSpan: (cell.rowSpan ?? 1) > 1 ? cell.rowSpan : undefined,
    fill: header ? headerFill : rowKind === TableRowKind.group ? groupFill : undefined,
    verticalAlign: header ? 'middle' : 'top',
  }
}

type TableRowBlockKind = Extract<ReportBlock, { kind: 'table' }>['rows'][number]['kind']

function tableBlock (block: Extract<ReportBlock, { kind: 'table' }>, place: Place): OdtBlock {
  // A cell's column (for its alignment) is where it starts on the grid; rows list only the cells that start in them.
  const rows: OdtRow[] = tableGrid(block).map((slots, index) => {
    const row = block.rows[index]
    const cells = slots.flatMap((slot, column) => slot === 'covered' ? [] : [cellOf(slot === 'empty' ? { blocks: [] } : slot, row.kind, block.align[column] ?? 'left', place)])
    return { cells, keepTogether: row.kind === TableRowKind.header || undefined }
  })
  const headerCount = block.rows.findIndex((row) => row.kind !== TableRowKind.header)
  const headers = headerCount === -1 ? 0 : headerCount
  return { kind: 'table', columns: block.widths.weights, headerRows: rows.slice(0, headers), rows: rows.slice(headers) }
}

function blocksOf (blocks: readonly ReportBlock[], place: Place): OdtBlock[] {
  return blocks.flatMap((block): OdtBlock[] => {
    switch (block.kind) {
      case 'heading': return [{ kind: 'heading', level: block.level, content: [block.text] }]
      case 'subheading': return isBlank(block.runs) ? [] : [{ kind: 'heading', level: block.level, content: inline(block.runs, place) }]
      case 'paragraph': return isBlank(block.runs) ? [] : [{ kind: 'paragraph', content: inline(block.runs, place), align: place.align ?? (place.bold === undefined ? 'justify' : undefined) }]
      case 'code': return [{ kind: 'paragraph', content: [block.text] }]
      case 'list': return listBlocks(block, place, 0)
      case 'quote': return blocksOf(block.blocks, place).map((inner) => inner.kind === 'paragraph' ? { ...inner, indentCm } : inner)
      case 'rule': return [{ kind: 'paragraph', content: [] }]
      case 'caption': return [{ kind: 'paragraph', content: [block.text], keepWithNext: true, spaceAfterCm: 0.1 }]
      case 'table': return [tableBlock(block, place), { kind: 'paragraph', content: [] }]
      case 'note': return [{ kind: 'paragraph', content: [block.text], size: 10.5, align: 'justify' }]
      case 'notice': return [{ kind: 'paragraph', content: [{ text: block.text, italic: true }], size: 11 }]
      case 'chart': return [
        {
          kind: 'table',
          columns: block.chart.points.map(() => 1),
          rows: [
            { cells: block.chart.points.map((point) => ({ blocks: [{ kind: 'paragraph', content: [point.label], align: 'center' }] })) },
            { cells: block.chart.points.map((point) => ({ blocks: [{ kind: 'paragraph', content: [String(point.value).replace('.', ',')], align: 'center', bold: true }] })) },
          ],
        },
        { kind: 'paragraph', content: [block.caption], align: 'center' },
      ]
      // Real footnotes carry these at the page foot.
      case 'footnotes': return []
    }
  })
}

export async function renderReportOdt (input: ReportExportInput): Promise<Buffer> {
  const content = buildReportContent(input)
  const notes = new Map(content.footnotes.map((note: FootnoteText) => [note.number, note.text]))
  const corner = input.stamp.kind === 'agreed'
    ? [exportText.agreedBlock, input.stamp.agreedBy, moscowDateText(input.stamp.agreedAt)].filter((line) => line.trim() !== '')
    : [content.stamp]
  const titlePage: OdtBlock[] = [
    ...corner.map((line): OdtBlock => ({ kind: 'paragraph', content: [line], align: 'right', bold: input.stamp.kind === 'draft' })),
    { kind: 'paragraph', content: [content.district], align: 'center', bold: true, size: 14, spaceAfterCm: 6 },
    ...content.titleLines.map((line): OdtBlock => ({ kind: 'paragraph', content: [line], align: 'center', bold: true, size: 20 })),
    { kind: 'paragraph', content: [String(input.year.startYear + 1)], align: 'center' },
  ]
  const body = blocksOf(content.blocks, { notes })
  const first = body.findIndex((block) => block.kind === 'heading')
  if (first !== -1) body[first] = { ...(body[first] as Extract<OdtBlock, { kind: 'heading' }>), pageBreakBefore: true }
  return writeOdt({
    title: exportFileName('report', input.district, academicYearKey(input.year), ''),
    language: 'ru',
    country: 'RU',
    font: 'Times New Roman',
    fontSize: 12,
    page: {
      orientation: 'portrait',
      margins: { top: 2, bottom: 2, left: 3, right: 1.5 },
      footer: [content.stamp, { tab: true }, `${exportText.pageWord} `, { field: 'page-number' }, ` ${exportText.ofWord} `, { field: 'page-count' }],
    },
    body: [...titlePage, ...body],
  })
}
