/** The document head (approvalBlock) as ODT blocks: the organisation, then a borderless-looking two-column table. */
import type { ApprovalColumn, DocumentHead } from './approvalBlock'
import type { OdtBlock, OdtCell } from './odt/odtModel'

function column (col: ApprovalColumn | undefined): OdtCell {
  const blocks: OdtBlock[] = col
    ? [{ kind: 'paragraph', content: [col.heading], bold: true, spaceAfterCm: 0.1 }, ...col.lines.map((line): OdtBlock => ({ kind: 'paragraph', content: [line] }))]
    : []
  return { blocks, border: false }
}

export function odtHead (head: DocumentHead): OdtBlock[] {
  const out: OdtBlock[] = []
  if (head.organisation !== '') out.push({ kind: 'paragraph', content: [head.organisation], align: 'center', bold: true, spaceAfterCm: 0.4 })
  if (head.left || head.right) {
    out.push({ kind: 'table', columns: [1, 1], rows: [{ cells: [column(head.left), column(head.right)] }] })
    out.push({ kind: 'paragraph', content: [] })
  }
  return out
}

export function odtPlace (head: DocumentHead): OdtBlock[] {
  return head.place === '' ? [] : head.place.split('\n').map((line): OdtBlock => ({ kind: 'paragraph', content: [line], align: 'center' }))
}
