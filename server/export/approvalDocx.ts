/**
 * The document head (approvalBlock) in Word: the organisation centred in
 * bold, then a borderless two-column table — «СОГЛАСОВАНО» left,
 * «УТВЕРЖДАЮ» right — so the two blocks stay side by side in any editor.
 */
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import type { ApprovalColumn, DocumentHead } from './approvalBlock'

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none }

export interface DocxHeadStyle {
  font: string
  /** Half-points. */
  size: number
  /** Twips. */
  width: number
}

function run (text: string, style: DocxHeadStyle, bold = false): TextRun {
  return new TextRun({ text, font: style.font, size: style.size, bold, language: { value: 'ru-RU' } })
}

function column (col: ApprovalColumn | undefined, style: DocxHeadStyle): Paragraph[] {
  if (!col) return [new Paragraph({ children: [] })]
  return [col.heading, ...col.lines].map((line, index) => new Paragraph({ spacing: { after: index === 0 ? 60 : 0 }, children: [run(line, style, index === 0)] }))
}

/** The organisation and the approval block, for the top of the first page; empty when nothing is set. */
export function docxHead (head: DocumentHead, style: DocxHeadStyle): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = []
  for (const line of head.organisation.split('\n').filter((l) => l.trim() !== '')) {
    out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [run(line, style, true)] }))
  }
  if (head.organisation !== '') out.push(new Paragraph({ children: [] }))
  if (head.left || head.right) {
    const half = Math.floor(style.width / 2)
    out.push(new Table({
      width: { size: style.width, type: WidthType.DXA },
      columnWidths: [half, style.width - half],
      borders: noBorders,
      rows: [new TableRow({
        children: [head.left, head.right].map((col, i) => new TableCell({
          width: { size: i === 0 ? half : style.width - half, type: WidthType.DXA },
          borders: noBorders,
          // The right block starts at the middle and runs left-aligned, as the standard draws it.
          margins: { left: i === 1 ? 1134 : 0, right: 0, top: 0, bottom: 0 },
          children: column(col, style),
        })),
      })],
    }))
    out.push(new Paragraph({ children: [] }))
  }
  return out
}

/** «Санкт-Петербург» and the year, centred; empty when no city is set. */
export function docxPlace (head: DocumentHead, style: DocxHeadStyle): Paragraph[] {
  return head.place === '' ? [] : head.place.split('\n').map((line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [run(line, style)] }))
}
