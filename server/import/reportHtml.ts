/**
 * mammoth's HTML of a report's text as the editor's nodes (TipTap's
 * StarterKit and TableKit names, Planerka's caption and footnote): paragraphs
 * with bold/italic/underline/strike/links, lists (nested), tables with header
 * cells, spans and multi-paragraph cells, captions, footnote marks with their
 * text, quotes and code. Nothing with text in it is skipped: an element this
 * reader does not know gives its text as a paragraph. Pictures cannot be
 * brought over (the editor has no picture node) and are counted instead.
 */
import { ReportNode } from '../../shared/report/reportDoc'
import type { ReportElementNode, ReportMark, ReportNodeJson } from '../../shared/report/reportSnapshot'
import { childElements, type HtmlElement, type HtmlNode } from './htmlTree'

export interface ReportHtmlContext {
  /** Footnote texts by the id mammoth gives them («footnote-1», «endnote-2»). */
  footnotes: Map<string, string>
  counts: { tables: number; cells: number; footnotes: number; lists: number; captions: number; images: number; subheadings: number }
}

/** «Таблица 3 — …», «Рисунок 2. …», «Диаграмма 1»: a caption even when Word's Caption style was not used. */
const captionText = /^\s*(Таблица|Рисунок|Диаграмма|Схема|График)\s+\d+(\.\d+)*\s*([—–.:-]|$)/
/** A caption is one short line: a whole paragraph that begins «Таблица 3 …» is text about the table. */
const maxCaptionChars = 300
const blockTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'ul', 'ol', 'table', 'blockquote', 'pre', 'hr'])

const el = (type: string, content: ReportNodeJson[] = [], attrs: Record<string, unknown> = {}): ReportElementNode => ({ type, attrs, content })

function isCaption (element: HtmlElement, text: string): boolean {
  const classes = (element.attributes.class ?? '').split(/\s+/)
  return classes.includes('caption') || (text.length <= maxCaptionChars && captionText.test(text))
}

/** Block nodes of a container (a section's text, a cell, a list item, a quote). */
export function reportBlocks (nodes: readonly HtmlNode[], context: ReportHtmlContext): ReportElementNode[] {
  const blocks: ReportElementNode[] = []
  let loose: HtmlNode[] = []
  const flush = () => {
    const content = inlineNodes(loose, context, [])
    if (content.some((node) => node.type !== 'text' || (node as { text: string }).text.trim() !== '')) blocks.push(el('paragraph', trimEnds(content)))
    loose = []
  }
  for (const node of nodes) {
    if (typeof node === 'string' || !blockTags.has(node.tag)) {
      loose.push(node)
      continue
    }
    flush()
    blocks.push(...blockNodes(node, context))
  }
  flush()
  return blocks
}

function blockNodes (element: HtmlElement, context: ReportHtmlContext): ReportElementNode[] {
  switch (element.tag) {
    case 'p':
    case 'div': {
      const content = trimEnds(inlineNodes(element.children, context, []))
      if (content.length === 0) return []
      if (isCaption(element, plain(content))) {
        context.counts.captions += 1
        return [el(ReportNode.caption, content)]
      }
      return [el('paragraph', content)]
    }
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': {
      const content = trimEnds(inlineNodes(element.children, context, []))
      if (content.length === 0) return []
      context.counts.subheadings += 1
      return [el('heading', content, { level: Number(element.tag[1]) <= 4 ? 3 : 4 })]
    }
    case 'ul':
    case 'ol':
      return [listNode(element, context)]
    case 'table': {
      const table = tableNode(element, context)
      return table ? [table] : []
    }
    case 'blockquote': {
      const inner = reportBlocks(element.children, context)
      return inner.length > 0 ? [el('blockquote', inner)] : []
    }
    case 'pre': {
      const text = plain(inlineNodes(element.children, context, []))
      return text === '' ? [] : [el('codeBlock', [{ type: 'text', text }])]
    }
    case 'hr':
      return [el('horizontalRule')]
    default:
      return reportBlocks(element.children, context)
  }
}

function listNode (list: HtmlElement, context: ReportHtmlContext): ReportElementNode {
  context.counts.lists += 1
  const items = childElements(list, 'li').map((item) => {
    const blocks = reportBlocks(item.children, context)
    // A list item starts with a paragraph in the editor's schema.
    if (blocks[0]?.type !== 'paragraph') blocks.unshift(el('paragraph'))
    return el('listItem', blocks)
  })
  // Text outside <li> (a broken list) is kept as an item of its own.
  const stray = list.children.filter((child) => typeof child === 'string' ? child.trim() !== '' : child.tag !== 'li')
  if (stray.length > 0) items.push(el('listItem', [el('paragraph', trimEnds(inlineNodes(stray, context, [])))]))
  if (items.length === 0) items.push(el('listItem', [el('paragraph')]))
  return list.tag === 'ol' ? el('orderedList', items, { start: 1 }) : el('bulletList', items)
}

function tableNode (table: HtmlElement, context: ReportHtmlContext): ReportElementNode | undefined {
  const rows = childElements(table, 'tr', 'thead', 'tbody', 'tfoot').flatMap((child) => (child.tag === 'tr' ? [child] : childElements(child, 'tr')))
  const tableRows = rows.map((row) => el('tableRow', childElements(row, 'td', 'th').map((cell) => {
    context.counts.cells += 1
    const blocks = reportBlocks(cell.children, context)
    return el(cell.tag === 'th' ? 'tableHeader' : 'tableCell', blocks.length > 0 ? blocks : [el('paragraph')], {
      colspan: spanOf(cell.attributes.colspan),
      rowspan: spanOf(cell.attributes.rowspan),
    })
  })))
  // The editor has no empty rows (a row wholly covered by merges from above): such a row is dropped, its cells live above.
  const kept = tableRows.filter((row) => row.content.length > 0)
  if (kept.length === 0) return undefined
  context.counts.tables += 1
  return el('table', kept)
}

function spanOf (value: string | undefined): number {
  const span = Number(value)
  // Matches the export's clip (reportTables): a span past any real report table is a broken file.
  return Number.isInteger(span) && span > 1 ? Math.min(span, 50) : 1
}

/** Inline content with marks; `marks` are those of the enclosing elements. */
function inlineNodes (nodes: readonly HtmlNode[], context: ReportHtmlContext, marks: ReportMark[]): ReportNodeJson[] {
  const out: ReportNodeJson[] = []
  for (const node of nodes) {
    if (typeof node === 'string') {
      const text = node.replace(/[\r\n\t]+/g, ' ')
      if (text !== '') out.push(marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text })
      continue
    }
    const footnote = footnoteRef(node)
    if (footnote !== undefined) {
      const text = context.footnotes.get(footnote)
      if (text !== undefined) {
        context.counts.footnotes += 1
        out.push(el(ReportNode.footnote, [], { text }))
        continue
      }
    }
    switch (node.tag) {
      case 'br': out.push(el('hardBreak')); break
      case 'img': context.counts.images += 1; break
      case 'strong': case 'b': out.push(...inlineNodes(node.children, context, withMark(marks, { type: 'bold' }))); break
      case 'em': case 'i': out.push(...inlineNodes(node.children, context, withMark(marks, { type: 'italic' }))); break
      case 'u': out.push(...inlineNodes(node.children, context, withMark(marks, { type: 'underline' }))); break
      case 's': case 'del': case 'strike': out.push(...inlineNodes(node.children, context, withMark(marks, { type: 'strike' }))); break
      case 'a': {
        const href = safeLink(node.attributes.href)
        out.push(...inlineNodes(node.children, context, href ? withMark(marks, { type: 'link', attrs: { href, target: '_blank', rel: 'noopener noreferrer nofollow' } }) : marks))
        break
      }
      default:
        // A block inside inline content (a list in a paragraph) keeps its text on this line.
        out.push(...inlineNodes(node.children, context, marks))
    }
  }
  return out
}

/** `<sup><a href="#footnote-1">[1]</a></sup>` or the bare link: the footnote's id. */
function footnoteRef (node: HtmlElement): string | undefined {
  const link = node.tag === 'a' ? node : node.tag === 'sup' ? childElements(node, 'a').find((a) => a.children.length > 0) : undefined
  const target = /^#((?:footnote|endnote)-[\w-]+)$/.exec(link?.attributes.href ?? '')?.[1]
  if (target === undefined || node.tag === 'sup' && node.children.some((child) => typeof child === 'string' ? child.trim() !== '' : child !== link)) return undefined
  return target
}

const withMark = (marks: ReportMark[], mark: ReportMark): ReportMark[] => marks.some((m) => m.type === mark.type) ? marks : [...marks, mark]

function safeLink (href: string | undefined): string | undefined {
  if (!href) return undefined
  try {
    const url = new URL(href)
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined
  } catch {
    return undefined
  }
}

/** Whitespace at the edges of a paragraph is layout, not text. */
function trimEnds (content: ReportNodeJson[]): ReportNodeJson[] {
  const out = content.map((node) => ({ ...node }))
  const first = out[0]
  if (first?.type === 'text') (first as { text: string }).text = (first as { text: string }).text.replace(/^\s+/, '')
  const last = out[out.length - 1]
  if (last?.type === 'text') (last as { text: string }).text = (last as { text: string }).text.replace(/\s+$/, '')
  return out.filter((node) => node.type !== 'text' || (node as { text: string }).text !== '')
}

export function plain (content: readonly ReportNodeJson[]): string {
  return content.map((node) => node.type === 'text' ? (node as { text: string }).text : node.type === 'hardBreak' ? '\n' : plain((node as ReportElementNode).content)).join('')
}
