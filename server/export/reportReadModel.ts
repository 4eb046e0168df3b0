/**
 * The report as the read API gives it to integrations: the title and every
 * section in outline order with its own text as plain text (paragraphs
 * separated by blank lines, tables as tab-separated rows). Built from the
 * same block model as the DOCX and PDF exports, so the three never disagree
 * about what a generated table or a typed table holds.
 */
import type { ReportSectionSnapshot } from '../../shared/report/reportSnapshot'
import { buildReportContent, type ReportExportInput } from './reportContent'
import type { InlineRun, ReportBlock, TableCellBlock } from './reportModel'

export interface ReportReadSection {
  id: string
  number: string
  title: string
  text: string
}

export function reportReadModel (input: ReportExportInput): { title: string; sections: ReportReadSection[] } {
  const content = buildReportContent(input)
  const texts = new Map<string, string[]>()
  let current: string[] | null = null
  for (const block of content.blocks) {
    if (block.kind === 'heading' && block.anchor.startsWith('section-')) {
      current = []
      texts.set(block.anchor.slice('section-'.length), current)
      continue
    }
    const text = blockText(block)
    if (current && text.trim() !== '') current.push(text)
  }
  const sections: ReportReadSection[] = []
  const visit = (section: ReportSectionSnapshot) => {
    sections.push({ id: section.id, number: section.number, title: section.title, text: (texts.get(section.id) ?? []).join('\n\n') })
    section.children.forEach(visit)
  }
  input.report.sections.forEach(visit)
  input.report.orphans.forEach(visit)
  return { title: content.titleLines.join(' '), sections }
}

function runsText (runs: InlineRun[]): string {
  return runs.map(run => (run.lineBreak ? '\n' : '') + (run.footnote !== undefined ? `[${run.footnote}]` : run.text)).join('')
}

function blockText (block: ReportBlock): string {
  switch (block.kind) {
    case 'heading': return block.text
    case 'subheading':
    case 'paragraph': return runsText(block.runs)
    case 'code': return block.text
    case 'list': return block.items.map((item, index) => `${block.ordered ? `${block.start + index}.` : '•'} ${item.map(blockText).join(' ')}`).join('\n')
    case 'quote': return block.blocks.map(blockText).join('\n\n')
    case 'rule': return ''
    case 'caption':
    case 'note':
    case 'notice': return block.text
    case 'table': return block.rows.map(row => row.cells.map(cellText).join('\t')).join('\n')
    case 'chart': return block.caption
    case 'footnotes': return block.notes.map(note => `${note.number}. ${note.text}`).join('\n')
  }
}

function cellText (cell: TableCellBlock): string {
  // A tab or a line break inside a cell would read as another column or row.
  return cell.blocks.map(blockText).join(' ').replace(/[\t\n]+/g, ' ').trim()
}
