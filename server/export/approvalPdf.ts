/** The document head (approvalBlock) for pdfmake: the organisation, then the two approval blocks side by side. */
import type { ApprovalColumn, DocumentHead } from './approvalBlock'
import type { PdfContent } from './pdfRender'

function column (col: ApprovalColumn | undefined): PdfContent {
  if (!col) return { text: '' }
  return { stack: [{ text: col.heading, bold: true, margin: [0, 0, 0, 3] }, ...col.lines.map((line) => ({ text: line }))] }
}

export function pdfHead (head: DocumentHead, fontSize: number): PdfContent[] {
  const out: PdfContent[] = []
  if (head.organisation !== '') out.push({ text: head.organisation, bold: true, alignment: 'center', fontSize, margin: [0, 0, 0, 10] })
  if (head.left || head.right) {
    out.push({ columns: [column(head.left), { ...(column(head.right) as object), margin: [30, 0, 0, 0] }], columnGap: 20, fontSize, margin: [0, 0, 0, 12] })
  }
  return out
}

export function pdfPlace (head: DocumentHead, fontSize: number): PdfContent[] {
  return head.place === '' ? [] : [{ text: head.place, alignment: 'center', fontSize, margin: [0, 4, 0, 8] }]
}
