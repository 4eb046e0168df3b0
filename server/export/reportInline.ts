/**
 * Text runs of the report's paragraphs: TipTap marks flattened onto each run,
 * hard breaks as line breaks, links limited to safe addresses.
 */
import type { ReportElementNode, ReportNodeJson } from '../../shared/report/reportSnapshot'
import type { FootnoteText, InlineRun } from './reportModel'

const allowedProtocols = ['http:', 'https:', 'mailto:']

/**
 * The editor only accepts http, https and mailto links, but a modified client
 * can write any href into the document; the exported file is opened outside
 * the board, so nothing else may become clickable there (a `javascript:` or
 * `file:` link in a Word document or a PDF).
 */
export function safeHref (href: unknown): string | undefined {
  if (typeof href !== 'string' || href.trim() === '') return undefined
  try {
    const url = new URL(href.trim())
    return allowedProtocols.includes(url.protocol) ? url.href : undefined
  } catch {
    return undefined
  }
}

export const isElement = (node: ReportNodeJson): node is ReportElementNode => node.type !== 'text'

/**
 * Text runs of a paragraph-like node, marks flattened onto each run. A
 * footnote becomes a mark run and its text goes to `notes`, numbered on
 * through the report (without `notes` the note's text is kept in brackets).
 */
export function inlineRuns (content: readonly ReportNodeJson[], notes?: FootnoteText[]): InlineRun[] {
  const runs: InlineRun[] = []
  let pendingBreak = false
  for (const node of content) {
    if (isElement(node) && node.type === 'footnote') {
      const text = typeof node.attrs.text === 'string' ? node.attrs.text : ''
      if (notes) {
        notes.push({ number: notes.length + 1, text })
        runs.push({ text: '', footnote: notes.length })
      } else {
        runs.push({ text: ` [${text}]` })
      }
      continue
    }
    if (isElement(node)) {
      if (node.type !== 'hardBreak') runs.push(...inlineRuns(node.content, notes))
      // Two breaks in a row are an empty line: the first one is written out before the second waits for text.
      else if (pendingBreak) runs.push({ text: '', lineBreak: true })
      else pendingBreak = true
      continue
    }
    const run: InlineRun = { text: node.text }
    for (const mark of node.marks ?? []) {
      if (mark.type === 'bold') run.bold = true
      else if (mark.type === 'italic') run.italic = true
      else if (mark.type === 'underline') run.underline = true
      else if (mark.type === 'strike') run.strike = true
      else if (mark.type === 'code') run.code = true
      else if (mark.type === 'link') run.href = safeHref(mark.attrs?.href)
    }
    if (pendingBreak) run.lineBreak = true
    pendingBreak = false
    runs.push(run)
  }
  if (pendingBreak) runs.push({ text: '', lineBreak: true })
  return runs
}

/** All text under a node, for what is printed as plain text. */
export function plainText (nodes: readonly ReportNodeJson[]): string {
  return nodes.map((node) => isElement(node)
    ? (node.type === 'hardBreak' ? '\n' : node.type === 'footnote' ? '' : plainText(node.content))
    : node.text).join('')
}
