/**
 * Imports an analytic report from a Word (.docx) file: the file's headings
 * become the report's sections (the top three heading levels used, as
 * sections, sub-sections and their sub-sections) with the numbers typed
 * before them stripped — Planerka derives «2.1.» from the tree — and deeper
 * headings stay in the text as the editor's headings. The text between them
 * keeps its lists, tables (header rows, merges, multi-paragraph cells),
 * captions and footnotes (reportHtml). The Title-styled lines above the first
 * heading (or the short lines there when the file has no Title style) become
 * the title page's title.
 */
import mammoth from 'mammoth'
import type { ImportedReport, ImportedReportSection } from '../../shared/report/importedReport'
import { splitTypedNumber } from '../../shared/report/typedNumber'
import { docxListStyleMap } from '../export/docxListStyles'
import { maxDocxBytes } from './docxPlan'
import { childElements, parseHtml, type HtmlElement, type HtmlNode } from './htmlTree'
import { importMessages } from './importMessages'
import { plain, reportBlocks, type ReportHtmlContext } from './reportHtml'

export type ReportImportResult = { ok: true; report: ImportedReport } | { ok: false; error: string }

/** Heading levels that become sections: «3.», «3.7.», «3.7.4.». Deeper headings stay in the section's text. */
const sectionDepths = 3
/** Lines above the first heading taken as the title when the file has no Title style: more is a preamble, kept as text. */
const maxTitleLines = 4
const maxTitleLineChars = 300

export const reportImportMessages = {
  noHeadings: 'В документе нет заголовков (стили «Заголовок 1», «Заголовок 2» …): весь текст помещён в один раздел. Разделите его на разделы на вкладке «Отчёт».',
  numberDiffers: (title: string, typed: string, derived: string) => `Раздел «${title}»: в документе номер ${typed}, в Планёрке — ${derived}`,
  images: (count: number) => `Рисунков в документе: ${count}. Рисунки не переносятся — вставьте их в итоговый документ после выгрузки.`,
  noTitle: 'Заголовок отчёта в документе не найден: на титульном листе останется стандартный.',
  notDocx: 'Файл не является документом Word (.docx): откройте отчёт в Word, сохраните его как .docx и загрузите снова.',
  tooLarge: (limitMb: number) => `Файл больше ${limitMb} МБ: отчёт такого размера не загружается.`,
} as const

/** Formats that are not a .docx, known from the first bytes, each with its own advice (as the plan import). */
function rejectByBytes (buffer: Buffer): string | undefined {
  if (buffer.length === 0) return importMessages.empty
  if (buffer.length > maxDocxBytes) return reportImportMessages.tooLarge(maxDocxBytes / 1024 / 1024)
  if (buffer.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return importMessages.legacyDoc
  if (buffer.subarray(0, 5).toString('latin1') === '{\\rtf') return importMessages.rtf
  if (!buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return reportImportMessages.notDocx
  return undefined
}

export async function importReportDocx (buffer: Buffer): Promise<ReportImportResult> {
  const rejected = rejectByBytes(buffer)
  if (rejected !== undefined) return { ok: false, error: rejected }
  let html: string
  try {
    const result = await mammoth.convertToHtml({ buffer }, {
      styleMap: [
        ...docxListStyleMap,
        "p[style-name='Title'] => p.title:fresh",
        "p[style-name='Subtitle'] => p.title:fresh",
        "p[style-name='caption'] => p.caption:fresh",
        "p[style-name='Caption'] => p.caption:fresh",
        'u => u',
      ],
      // Pictures are not part of the report's text (counted, not copied); skipping them avoids base64 copies.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      externalFileAccess: false,
    })
    html = result.value
  } catch {
    return { ok: false, error: importMessages.unreadable }
  }
  return { ok: true, report: reportFromHtml(html) }
}

/** The report in mammoth's HTML (exported for the tests of hand-made HTML). */
export function reportFromHtml (html: string): ImportedReport {
  const root = parseHtml(html)
  const footnotes = new Map<string, string>()
  const nodes = root.children.filter((node) => !(typeof node !== 'string' && takeFootnotes(node, footnotes)))
  const context: ReportHtmlContext = { footnotes, counts: { tables: 0, cells: 0, footnotes: 0, lists: 0, captions: 0, images: 0, subheadings: 0 } }

  const headingLevels = [...new Set(nodes.flatMap((node) => typeof node !== 'string' && /^h[1-6]$/.test(node.tag) ? [Number(node.tag[1])] : []))].sort()
  const depthOf = (tag: string): number | undefined => {
    const at = /^h[1-6]$/.test(tag) ? headingLevels.indexOf(Number(tag[1])) : -1
    return at === -1 ? undefined : at
  }
  const firstHeading = nodes.findIndex((node) => typeof node !== 'string' && depthOf(node.tag) !== undefined)
  const leading = firstHeading === -1 ? nodes : nodes.slice(0, firstHeading)
  const { title, preamble } = splitTitle(leading)
  const notes: string[] = []

  const sections: ImportedReportSection[] = []
  /** The open section at each depth. */
  const open: ImportedReportSection[] = []
  let headings = 0
  let pending: HtmlNode[] = [...preamble]
  const flushInto = (section: ImportedReportSection | undefined) => {
    const blocks = reportBlocks(pending, context)
    pending = []
    if (blocks.length === 0) return
    if (section) section.body.push(...blocks)
    else sections.push({ title: '', body: blocks, children: [] })
  }
  for (const node of firstHeading === -1 ? [] : nodes.slice(firstHeading)) {
    const depth = typeof node === 'string' ? undefined : depthOf(node.tag)
    if (depth === undefined) { pending.push(node); continue }
    headings += 1
    const element = node as HtmlElement
    if (depth >= sectionDepths) {
      // A deeper heading stays in the text: the editor's level 3, then 4.
      pending.push({ tag: depth === sectionDepths ? 'h3' : 'h4', attributes: {}, children: element.children })
      continue
    }
    flushInto(open.at(-1))
    const heading = splitTypedNumber(plain(reportBlocks(element.children, context).flatMap((block) => block.content)))
    const section: ImportedReportSection = { title: heading.title, body: [], children: [] }
    if (heading.number !== undefined) section.sourceNumber = heading.number
    // A heading two levels below the last one hangs under it rather than under nothing.
    const at = Math.min(depth, open.length)
    open.length = at
    if (at === 0) sections.push(section)
    else open[at - 1].children.push(section)
    open.push(section)
  }
  flushInto(open.at(-1))
  // The editor's document is never empty: a section with only sub-sections gets the empty paragraph the editor would add.
  const fill = (list: ImportedReportSection[]): void => list.forEach((section) => {
    if (section.body.length === 0) section.body.push({ type: 'paragraph', attrs: {}, content: [] })
    fill(section.children)
  })
  fill(sections)
  if (firstHeading === -1 && sections.length > 0) notes.push(reportImportMessages.noHeadings)

  let sectionCount = 0
  const check = (list: ImportedReportSection[], prefix: string) => list.forEach((section, index) => {
    sectionCount += 1
    const derived = `${prefix}${index + 1}`
    if (section.sourceNumber !== undefined && /^\d/.test(section.sourceNumber) && section.sourceNumber !== derived) {
      notes.push(reportImportMessages.numberDiffers(section.title, `${section.sourceNumber}.`, `${derived}.`))
    }
    check(section.children, `${derived}.`)
  })
  check(sections, '')
  if (title.length === 0) notes.push(reportImportMessages.noTitle)
  if (context.counts.images > 0) notes.push(reportImportMessages.images(context.counts.images))
  const { subheadings, ...counts } = context.counts
  return { title, sections, notes, counts: { ...counts, headings, sections: sectionCount, subheadings } }
}

/**
 * mammoth puts footnotes (and endnotes) last, as `<ol><li id="footnote-1"><p>Текст <a href="#footnote-ref-1">↑</a></p></li></ol>`.
 * Such a list is read into `footnotes` and left out of the text.
 */
function takeFootnotes (node: HtmlElement, footnotes: Map<string, string>): boolean {
  if (node.tag !== 'ol') return false
  const items = childElements(node, 'li')
  if (items.length === 0 || !items.every((item) => /^(footnote|endnote)-/.test(item.attributes.id ?? ''))) return false
  for (const item of items) {
    const withoutBackLink = stripBackLinks(item.children)
    const text = plain(reportBlocks(withoutBackLink, { footnotes: new Map(), counts: { tables: 0, cells: 0, footnotes: 0, lists: 0, captions: 0, images: 0, subheadings: 0 } })
      .flatMap((block, index) => index === 0 ? block.content : [{ type: 'text', text: '\n' }, ...block.content])).trim()
    footnotes.set(item.attributes.id!, text)
  }
  return true
}

function stripBackLinks (nodes: readonly HtmlNode[]): HtmlNode[] {
  return nodes.flatMap((node): HtmlNode[] => {
    if (typeof node === 'string') return [node]
    if (node.tag === 'a' && /^#(footnote|endnote)-ref-/.test(node.attributes.href ?? '')) return []
    return [{ ...node, children: stripBackLinks(node.children) }]
  })
}

/** Title lines (Title style, or a few short lines) and what else stands before the first heading. */
function splitTitle (leading: readonly HtmlNode[]): { title: string[]; preamble: HtmlNode[] } {
  const isElement = (node: HtmlNode): node is HtmlElement => typeof node !== 'string'
  const text = (node: HtmlElement) => plain(reportBlocks([node], { footnotes: new Map(), counts: { tables: 0, cells: 0, footnotes: 0, lists: 0, captions: 0, images: 0, subheadings: 0 } })
    .flatMap((block) => block.content)).replace(/\s+/g, ' ').trim()
  const styled = leading.filter((node) => isElement(node) && (node.attributes.class ?? '').split(/\s+/).includes('title'))
  if (styled.length > 0) {
    return { title: styled.map((node) => text(node as HtmlElement)).filter((line) => line !== ''), preamble: leading.filter((node) => !styled.includes(node)) }
  }
  const filled = leading.filter((node) => typeof node === 'string' ? node.trim() !== '' : text(node) !== '' || node.tag === 'table')
  const short = filled.every((node) => isElement(node) && node.tag === 'p' && text(node).length <= maxTitleLineChars)
  if (filled.length > 0 && filled.length <= maxTitleLines && short) return { title: filled.map((node) => text(node as HtmlElement)), preamble: [] }
  return { title: [], preamble: [...leading] }
}
