import { renderPdf } from '../server/export/pdfRender'
const seen: Record<string, number> = {}
const body = Array.from({ length: 120 }, (_, i) => [{ text: `row ${i}` }, { text: i % 40 === 5 ? ['x', { text: '1', sup: true }] : 'y', id: i % 40 === 5 ? `note-${i}` : undefined }])
await renderPdf({
  defaultStyle: { font: 'PTSerif' }, content: [{ table: { body } }],
  pageBreakBefore: (node: any) => { if (typeof node.id === 'string' && node.id.startsWith('note-')) seen[node.id] = node.startPosition?.pageNumber; return false },
})
console.log(seen)
