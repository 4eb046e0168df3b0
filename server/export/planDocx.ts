/**
 * The plan as a Word document in the official form: a landscape A4 table
 * whose header repeats on every page, section rows merged across the table,
 * one paragraph per line of a cell, real bullet lists in «Ожидаемый
 * результат», and page numbers with the draft/agreed stamp in the footer.
 *
 * Runs carry the Russian language so Word spell-checks the text in Russian
 * whatever the reader's own Word language is.
 */
import {
  AlignmentType, Document, Footer, FootnoteReferenceRun, LevelFormat, Packer, PageNumber, PageOrientation, Paragraph, ShadingType,
  Tab, TabStopType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, VerticalMergeType, WidthType,
  type ILevelsOptions, type IParagraphStyleOptions, type ParagraphChild,
} from 'docx'
import { cellLines } from '../../shared/export/cellLines'
import type { PlanFootnote } from '../../shared/plan/planSnapshot'
import { documentHead } from './approvalBlock'
import { docxHead, docxPlace } from './approvalDocx'
import { splitAtNotes } from './cellNotes'
import { exportFileName, stampText, type DocumentStamp } from './documentStamp'
import { docxListStyles, listStyleFor } from './docxListStyles'
import { exportText } from './exportText'
import {
  planColumns, planStartYear, planTableRows, planTitleLines, sectionRowText, type PlanColumn, type PlanExportInput, type PlanTableRow,
  type PlanCellField,
} from './planTableModel'

const font = 'Times New Roman'
const language = { value: 'ru-RU' }
/** Half-points: 11 pt in the table (the form's long texts), 14 pt for the title. */
const tableSize = 22
const titleSize = 28

// A4 in twips, given as portrait: docx swaps them for a landscape section.
const pageShort = 11906
const pageLong = 16838
const margin = { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 } // 2 cm, 1 cm
const tableWidth = pageLong - margin.left - margin.right

const headerFill = 'E7E6E6'
const sectionFill = 'F2F2F2'
const cellMargins = { top: 40, bottom: 40, left: 85, right: 85 }
/** Each nesting level below an item (4.12 → 4.12.3) moves the title right by 0.5 cm. */
const subItemIndent = 284

function run (text: string, options: { bold?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ text, font, language, bold: options.bold, size: options.size ?? tableSize })
}

function columnWidths (columns: readonly PlanColumn[]): number[] {
  const total = columns.reduce((sum, column) => sum + column.weight, 0)
  const widths = columns.map((column) => Math.floor((tableWidth * column.weight) / total))
  widths[widths.length - 1] += tableWidth - widths.reduce((sum, width) => sum + width, 0)
  return widths
}

/** A line's runs, its «[n]» markers turned into real Word footnotes. */
function noteRuns (text: string, notes: readonly PlanFootnote[], options: { bold?: boolean } = {}): ParagraphChild[] {
  return splitAtNotes(text, notes).map((piece) => typeof piece === 'string'
    ? run(piece, options)
    : new FootnoteReferenceRun({ children: piece.note.text.split('\n').map((line) => new Paragraph({ children: [run(line, { size: 20 })] })) }))
}

/** One paragraph per line of the cell; bullets of the expected result as list paragraphs; footnotes at their markers. */
function cellParagraphs (text: string, bullets: boolean, indent: number, notes: readonly PlanFootnote[] = []): Paragraph[] {
  const lines = cellLines(text, bullets)
  // A note whose marker was deleted still prints, after the cell's last line.
  const lost = notes.filter((note) => !text.includes(`[${note.label}]`))
  return lines.map((line, index) => {
    const own = notes.filter((note) => line.text.includes(`[${note.label}]`))
    const children = noteRuns(line.text, index === lines.length - 1 ? [...own, ...lost] : own)
    if (line.kind === 'bullet') {
      const style = listStyleFor(line.marker)
      return new Paragraph({ style: style.styleId, numbering: { reference: style.reference, level: 0 }, children })
    }
    return new Paragraph({ indent: indent > 0 ? { left: indent } : undefined, children })
  })
}

function headerRow (columns: readonly PlanColumn[], widths: readonly number[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column, index) => new TableCell({
      width: { size: widths[index], type: WidthType.DXA },
      margins: cellMargins,
      verticalAlign: VerticalAlign.CENTER,
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: headerFill },
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(column.label, { bold: true })] })],
    })),
  })
}

function bodyRow (row: PlanTableRow, columns: readonly PlanColumn[], widths: readonly number[]): TableRow {
  if (row.kind !== 'item') {
    // Section rows are shaded; a sub-heading is a plain full-width row in italics, never numbered.
    const text = row.kind === 'section' ? sectionRowText(row) : row.title
    const lines = text.split('\n')
    return new TableRow({
      cantSplit: true,
      children: [new TableCell({
        columnSpan: columns.length,
        width: { size: tableWidth, type: WidthType.DXA },
        margins: cellMargins,
        shading: row.kind === 'section' ? { type: ShadingType.CLEAR, color: 'auto', fill: sectionFill } : undefined,
        // keepNext holds the section row on the page of its first item.
        children: lines.map((line, index) => new Paragraph({
          keepNext: true,
          alignment: row.kind === 'subheading' ? AlignmentType.CENTER : undefined,
          children: noteRuns(line, index === lines.length - 1 ? row.notes : row.notes.filter((note) => line.includes(`[${note.label}]`)), { bold: true }),
        })),
      })],
    })
  }
  return new TableRow({
    children: columns.map((column, index) => {
      const width = { size: widths[index], type: WidthType.DXA }
      if (column.key === 'number') {
        return new TableCell({ width, margins: cellMargins, children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(row.number)] })] })
      }
      const field: PlanCellField = column.key
      const merge = field === 'fact' ? undefined : row.merges[field]
      // A merged cell is one Word cell again: restarted in its first row, continued in the rows below.
      if (merge?.role === 'covered') return new TableCell({ width, margins: cellMargins, verticalMerge: VerticalMergeType.CONTINUE, children: [new Paragraph({ children: [] })] })
      const indent = field === 'title' ? subItemIndent * Math.max(0, row.depth - 1) : 0
      const notes = row.notes.filter((note) => note.field === field)
      return new TableCell({
        width,
        margins: cellMargins,
        verticalMerge: merge?.role === 'start' ? VerticalMergeType.RESTART : undefined,
        children: cellParagraphs(row.cells[field], field === 'expectedResult', indent, notes),
      })
    }),
  })
}

function titleParagraphs (input: PlanExportInput): Array<Paragraph | Table> {
  const head = documentHead(input.settings, input.stamp, planStartYear(input.year))
  const style = { font, size: 24, width: tableWidth }
  const paragraphs: Array<Paragraph | Table> = [...docxHead(head, style)]
  for (const line of planTitleLines(input)) {
    paragraphs.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [run(line, { bold: true, size: titleSize })] }))
  }
  paragraphs.push(...docxPlace(head, style))
  paragraphs.push(new Paragraph({ children: [] }))
  return paragraphs
}

function footer (stamp: DocumentStamp): Footer {
  const size = 20
  return new Footer({
    children: [new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: tableWidth }],
      children: [
        run(stampText(stamp), { size }),
        new TextRun({
          font, language, size,
          children: [new Tab(), `${exportText.pageWord} `, PageNumber.CURRENT, ` ${exportText.ofWord} `, PageNumber.TOTAL_PAGES],
        }),
      ],
    })],
  })
}

const bulletLevel = (text: string): ILevelsOptions => ({
  level: 0,
  format: LevelFormat.BULLET,
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: 284, hanging: 227 } } },
})

const listParagraphStyles: IParagraphStyleOptions[] = docxListStyles.map((style) => ({
  id: style.styleId,
  name: style.styleName,
  basedOn: 'Normal',
  quickFormat: false,
}))

export async function renderPlanDocx (input: PlanExportInput): Promise<Buffer> {
  const columns = planColumns(input.columns, input.plan)
  const widths = columnWidths(columns)
  const table = new Table({
    width: { size: tableWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [headerRow(columns, widths), ...planTableRows(input.plan).map((row) => bodyRow(row, columns, widths))],
  })
  const document = new Document({
    creator: 'Планёрка',
    title: exportFileName('plan', input.district, input.year, ''),
    styles: {
      default: { document: { run: { font, size: tableSize, language } } },
      paragraphStyles: listParagraphStyles,
    },
    numbering: { config: docxListStyles.map((style) => ({ reference: style.reference, levels: [bulletLevel(style.marker)] })) },
    sections: [{
      properties: { page: { size: { width: pageShort, height: pageLong, orientation: PageOrientation.LANDSCAPE }, margin } },
      footers: { default: footer(input.stamp) },
      children: [...titleParagraphs(input), table],
    }],
  })
  return Packer.toBuffer(document)
}
