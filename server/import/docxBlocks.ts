/**
 * mammoth's HTML of a Word document as the blocks a plan import needs: the
 * top-level paragraphs (the title above the table) and the tables, each cell
 * as plain text — paragraphs and list items one per line, list items with
 * their marker written back («• », «- », «1. ») since Word keeps markers out
 * of the text and mammoth drops them.
 */
import type { BulletMarker } from '../../shared/export/cellLines'
import { markerForClass } from '../export/docxListStyles'
import { childElements, parseHtml, type HtmlElement, type HtmlNode } from './htmlTree'

export interface DocxCell {
  text: string
  colspan: number
  rowspan: number
  /**
   * Set when the cell holds nothing but one empty automatically numbered
   * paragraph (Word's numbering of a № column): the list level, 0-based.
   * mammoth drops the number itself, so the reader counts instead.
   */
  autoNumberLevel?: number
  /**
   * Set when the cell is one automatically numbered paragraph with text (a
   * section row «4. Информационная поддержка» numbered by Word): its level.
   */
  autoNumberedTextLevel?: number
  /** Footnotes referenced in the cell: mammoth writes «[label]» in the text; `id` finds the note's text. */
  notes?: CellNote[]
}

export interface CellNote {
  id: string
  label: string
}

export type DocxBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; rows: DocxCell[][] }

const paragraphTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'blockquote', 'pre'])
const defaultMarker: BulletMarker = '•'

export function docxBlocks (html: string): DocxBlock[] {
  const blocks: DocxBlock[] = []
  for (const node of parseHtml(html).children) {
    if (isNoteList(node)) continue
    if (typeof node === 'string') {
      if (node.trim() !== '') blocks.push({ kind: 'paragraph', text: node })
    } else if (node.tag === 'table') {
      blocks.push({ kind: 'table', rows: tableRows(node) })
    } else {
      const lines: string[] = []
      blockLines([node], lines)
      for (const text of lines) blocks.push({ kind: 'paragraph', text })
    }
  }
  return blocks
}

/** mammoth puts the footnotes and endnotes after the body as `<ol><li id="footnote-N">`. */
function isNoteList (node: HtmlNode): boolean {
  if (typeof node === 'string' || node.tag !== 'ol') return false
  const items = childElements(node, 'li')
  return items.length > 0 && items.every((item) => /^(foot|end)note-/.test(item.attributes.id ?? ''))
}

/** The texts of the document's footnotes and endnotes by id ("footnote-3"), without mammoth's «↑» back link. */
export function docxNoteTexts (html: string): Map<string, string> {
  const notes = new Map<string, string>()
  for (const node of parseHtml(html).children) {
    if (!isNoteList(node) || typeof node === 'string') continue
    for (const item of childElements(node, 'li')) {
      const lines: string[] = []
      blockLines(item.children.map(withoutBackLink), lines)
      notes.set(item.attributes.id ?? '', lines.map((line) => line.trim()).filter((line) => line !== '').join('\n'))
    }
  }
  return notes
}

function withoutBackLink (node: HtmlNode): HtmlNode {
  if (typeof node === 'string') return node
  if (node.tag === 'a' && /^#(foot|end)note-ref-/.test(node.attributes.href ?? '')) return ''
  return { ...node, children: node.children.map(withoutBackLink) }
}

function tableRows (table: HtmlElement): DocxCell[][] {
  // Rows in document order, whether directly in the table or in its thead/tbody (mammoth puts header rows in a thead).
  const rows = childElements(table, 'tr', 'thead', 'tbody', 'tfoot').flatMap((child) => (child.tag === 'tr' ? [child] : childElements(child, 'tr')))
  return rows.map((row) => childElements(row, 'td', 'th').map(readCell))
}

function readCell (cell: HtmlElement): DocxCell {
  const lines: string[] = []
  const notes: CellNote[] = []
  blockLines(cell.children, lines, notes)
  const result: DocxCell = {
    text: lines.join('\n'),
    colspan: spanOf(cell.attributes.colspan),
    rowspan: spanOf(cell.attributes.rowspan),
  }
  const level = autoNumberLevel(cell)
  if (level !== undefined) result.autoNumberLevel = level
  const textLevel = level === undefined ? autoNumberLevel(cell, true) : undefined
  if (textLevel !== undefined) {
    // The number is counted by the reader: keep the text without mammoth's «1. » of a one-item list.
    result.autoNumberedTextLevel = textLevel
    result.text = result.text.replace(/^\d+\. /, '')
  }
  if (notes.length > 0) result.notes = notes
  return result
}

function spanOf (value: string | undefined): number {
  const span = Number(value)
  // A span past the widest real plan (a dozen columns, a few hundred rows) is a broken file, not a layout.
  return Number.isInteger(span) && span > 1 ? Math.min(span, 1000) : 1
}

/**
 * The level of a lone empty numbered item filling the cell: `<ol><li></li></ol>`
 * is 0. A deeper level alone comes wrapped in lists mammoth opens for the
 * levels above (`<ul><li><ol><li></li></ol></li></ul>` is 1); only the
 * innermost list says whether it is numbered.
 */
function autoNumberLevel (cell: HtmlElement, withText = false): number | undefined {
  const content = cell.children.filter((child) => typeof child !== 'string' || child.trim() !== '')
  if (content.length !== 1 || typeof content[0] === 'string' || !['ol', 'ul'].includes(content[0].tag)) return undefined
  let list: HtmlElement = content[0]
  for (let level = 0; level < 9; level++) {
    const items = childElements(list, 'li')
    if (items.length !== 1) return undefined
    const nested = childElements(items[0], 'ol', 'ul')
    const text = inlineText(items[0].children.filter((child) => typeof child === 'string' || !['ol', 'ul'].includes(child.tag)))
    if (nested.length === 0) return list.tag === 'ol' && (text.trim() !== '') === withText ? level : undefined
    if (text.trim() !== '') return undefined
    if (nested.length > 1) return undefined
    list = nested[0]
  }
  return undefined
}

/** Lines of block content: one per paragraph, list item or nested table row. */
function blockLines (nodes: readonly HtmlNode[], out: string[], notes?: CellNote[]): void {
  let inline: HtmlNode[] = []
  const flush = () => {
    if (inline.length > 0 && inlineText(inline).trim() !== '') out.push(inlineText(inline, notes))
    inline = []
  }
  for (const node of nodes) {
    if (typeof node === 'string' || !(paragraphTags.has(node.tag) || node.tag === 'ul' || node.tag === 'ol' || node.tag === 'table')) {
      inline.push(node)
      continue
    }
    flush()
    if (paragraphTags.has(node.tag)) out.push(inlineText(node.children, notes))
    else if (node.tag === 'table') for (const row of tableRows(node)) out.push(row.map((cell) => cell.text.replace(/\n/g, ' ')).join(' '))
    else listLines(node, out, notes)
  }
  flush()
}

function listLines (list: HtmlElement, out: string[], notes?: CellNote[]): void {
  childElements(list, 'li').forEach((item, index) => {
    const prefix = list.tag === 'ol' ? `${index + 1}. ` : `${markerForClass(item.attributes.class) ?? defaultMarker} `
    const own = item.children.filter((child) => typeof child === 'string' || !['ol', 'ul'].includes(child.tag))
    const lines: string[] = []
    blockLines(own, lines, notes)
    out.push(prefix + lines.join(' '))
    for (const nested of childElements(item, 'ol', 'ul')) listLines(nested, out, notes)
  })
}

function inlineText (nodes: readonly HtmlNode[], notes?: CellNote[]): string {
  let text = ''
  for (const node of nodes) {
    if (typeof node === 'string') text += node
    else if (node.tag === 'br') text += '\n'
    else if (node.tag === 'a' && /^#(foot|end)note-/.test(node.attributes.href ?? '')) {
      // mammoth's «[n]» stays in the text as the footnote's marker.
      const marker = inlineText(node.children)
      const label = /^\[(.+)\]$/.exec(marker.trim())?.[1]
      if (label !== undefined) notes?.push({ id: node.attributes.href.slice(1), label })
      text += marker
    } else if (node.tag !== 'img') text += inlineText(node.children, notes)
  }
  return text
}
