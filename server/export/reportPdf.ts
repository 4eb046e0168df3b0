/**
 * The analytic report as a PDF: portrait A4 with the margins of Russian
 * official documents (3 cm left for binding), a title page, the table of
 * contents with page numbers, numbered sections, the narrative with its
 * formatting, numbered tables and charts as vector graphics, PT Serif
 * embedded so Cyrillic prints anywhere, and the stamp with the page number
 * in the footer of every page after the title.
 */
import { documentHead } from './approvalBlock'
import { pdfHead } from './approvalPdf'
import { academicYearKey } from '../../shared/academicYear'
import { exportFileName } from './documentStamp'
import { exportText } from './exportText'
import { FontFamily } from './fonts'
import { renderPdf, type PdfContent, type PdfDefinition } from './pdfRender'
import { buildReportContent, type ReportExportInput } from './reportContent'
import { reportText, type ReportBlock, type ReportContent } from './reportModel'
import { blockContent, blocksContent, pdfMargins as margins, pdfPage as page, pdfStyles } from './reportPdfBlocks'

const leads = new Set<ReportBlock['kind']>(['heading', 'subheading', 'caption'])
const followers = new Set<ReportBlock['kind']>(['paragraph', 'note', 'notice', 'code'])
/** A paragraph this long (about ten lines) may be kept whole with its heading; a longer one may leave a gap. */
const keepableLength = 1000

const textLength = (block: ReportBlock): number =>
  block.kind === 'paragraph' ? block.runs.reduce((sum, run) => sum + run.text.length, 0) : block.kind === 'code' ? block.text.length : 200

/**
 * The page's blocks, with pdfmake's missing keep-with-next made up for:
 * headings and captions in a row are one unbreakable group with the short
 * paragraph after them, and the first line of a group that leads into a
 * table is marked, so keepHeadingsWithText moves the group when it would
 * start too low on the page.
 */
function pageContent (blocks: readonly ReportBlock[]): PdfContent[] {
  const content: PdfContent[] = []
  for (let index = 0; index < blocks.length;) {
    if (!leads.has(blocks[index].kind)) {
      const node = blockContent(blocks[index++], { compact: false })
      if (node !== null) content.push(node)
      continue
    }
    const group: ReportBlock[] = []
    while (index < blocks.length && leads.has(blocks[index].kind)) group.push(blocks[index++])
    const next = blocks[index]
    if (next && followers.has(next.kind) && textLength(next) <= keepableLength) group.push(blocks[index++])
    const stack = blocksContent(group, { compact: false })
    if (blocks[index]?.kind !== 'table') {
      content.push({ stack, unbreakable: true })
      continue
    }
    // A page break inside an unbreakable block loses its content, and pdfmake reports positions of leaf nodes
    // only: a group leading into a table stays loose, its first line marked for keepHeadingsWithText.
    const [first, ...rest] = stack
    content.push(typeof first === 'object' && !Array.isArray(first) ? { ...first, headlineLevel: 1 } : first, ...rest)
  }
  return content
}

function titlePage (content: ReportContent, input: ReportExportInput): PdfContent[] {
  // The organisation and the ГОСТ approval block (approvalBlock), the same in every export; a draft without them keeps its stamp.
  const head = documentHead(input.settings, input.stamp, input.year.startYear + 1)
  const top = pdfHead(head, 12)
  return [
    ...(top.length > 0 ? top : [{ text: content.stamp, alignment: 'right', fontSize: 12, bold: true }]),
    { text: content.district, alignment: 'center', fontSize: 14, bold: true, margin: [0, 40, 0, 0] },
    { text: content.titleLines.join('\n'), alignment: 'center', fontSize: 20, bold: true, lineHeight: 1.2, margin: [0, top.length > 0 ? 120 : 190, 0, 0] },
    {
      text: head.place === '' ? String(input.year.startYear + 1) : head.place,
      alignment: 'center',
      fontSize: 12,
      absolutePosition: { x: margins.left, y: page.height - margins.bottom - 40 },
      pageBreak: 'after',
    },
  ]
}

interface LaidOutNode {
  headlineLevel?: number
  startPosition?: { top: number }
}

/** Room a heading and caption need under their first line: themselves, and a table's header and first row. */
const keepRoom = 130

/**
 * A heading or a caption must not end a page with its text or table on the
 * next one, and pdfmake has no keep-with-next: this moves one that starts in
 * the last few lines of a page. (The nodes pdfmake lists as following on the
 * page cannot tell: a table whose header row moved to the next page is still
 * listed where it would have started.) Each move costs pdfmake one more
 * layout pass, which is why it is only asked of headings and captions.
 */
function keepHeadingsWithText (node: LaidOutNode): boolean {
  if (node.headlineLevel === undefined || node.startPosition === undefined) return false
  return node.startPosition.top > page.height - margins.bottom - keepRoom
}

/** The pdfmake definition (exported for tests that look at the structure rather than the bytes). */
function reportPdfDefinition (input: ReportExportInput): PdfDefinition {
  const content = buildReportContent(input)
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [margins.left, margins.top, margins.right, margins.bottom],
    info: { title: exportFileName('report', input.district, academicYearKey(input.year), ''), creator: 'Планёрка', producer: 'Планёрка' },
    language: 'ru-RU',
    defaultStyle: { font: FontFamily.serif, fontSize: 12, lineHeight: 1.15 },
    styles: pdfStyles,
    footer: (currentPage: number, pageCount: number): PdfContent => currentPage === 1 ? '' : {
      columns: [
        { text: content.stamp, alignment: 'left' },
        { text: exportText.page(currentPage, pageCount), alignment: 'right' },
      ],
      fontSize: 9.5,
      margin: [margins.left, 24, margins.right, 0],
    },
    pageBreakBefore: keepHeadingsWithText,
    content: [
      ...titlePage(content, input),
      { toc: { title: { text: reportText.contents, style: 'tocTitle' }, outlines: true }, pageBreak: 'after' },
      ...pageContent(content.blocks),
    ],
  }
}

export async function renderReportPdf (input: ReportExportInput): Promise<Buffer> {
  return renderPdf(reportPdfDefinition(input))
}
