/**
 * Pasting a whole report (HTML with headings, as Word or a browser copies
 * it) into a section offers the split the Word import makes: the pasted
 * headings of the top two levels used become sections after this one (and
 * their sub-sections), numbers typed before them stripped; the text before
 * the first heading stays where it was pasted; deeper headings stay in the
 * text. Each section's text is parsed by the editor's own schema, so what
 * is written is exactly what a paste would have written.
 */
import type { Schema } from '@tiptap/pm/model'
import { DOMParser as PmDomParser } from '@tiptap/pm/model'
import type * as Y from 'yjs'
import { createReportSection, reportChildren, reportSections, sectionBody } from '../../shared/report/reportDoc'
import type { ReportNodeJson } from '../../shared/report/reportSnapshot'
import { splitTypedNumber } from '../../shared/report/typedNumber'
import { writeReportNodes } from '../../shared/report/writeReportNodes'

/** Heading levels that become sections (as the Word import: sections and sub-sections); a paste is rarely deeper. */
const sectionLevels = 2

export interface PastedSection { title: string; html: string; depth: number }
export interface PasteSplit { before: string; sections: PastedSection[] }

/** The pasted HTML cut at its headings; null when it has none (an ordinary paste). */
export function splitPastedHtml (html: string): PasteSplit | null {
  const body = new DOMParser().parseFromString(html, 'text/html').body
  const levels = [...new Set([...body.querySelectorAll(':scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > h6')].map((h) => Number(h.tagName[1])))].sort()
  const sectionTags = new Set(levels.slice(0, sectionLevels).map((level) => `H${level}`))
  if (sectionTags.size === 0) return null
  const split: PasteSplit = { before: '', sections: [] }
  for (const node of [...body.childNodes]) {
    const element = node instanceof HTMLElement ? node : null
    if (element && sectionTags.has(element.tagName)) {
      split.sections.push({ title: splitTypedNumber(element.textContent ?? '').title, html: '', depth: levels.indexOf(Number(element.tagName[1])) })
      continue
    }
    const text = element ? element.outerHTML : node.textContent ?? ''
    const last = split.sections.at(-1)
    if (last) last.html += text
    else split.before += text
  }
  return split
}

/**
 * Body nodes of a chunk of HTML, parsed with the editor's schema. The HTML is
 * read in an inert document, as ProseMirror reads a paste: in the page's own
 * document the browser would fetch a pasted image's address and try its
 * handlers the moment the HTML is set.
 */
function parseBody (schema: Schema, html: string): ReportNodeJson[] {
  const container = new DOMParser().parseFromString(html, 'text/html').body
  const json = PmDomParser.fromSchema(schema).parse(container).toJSON() as { content?: ReportNodeJson[] }
  const content = json.content ?? []
  // A section's text is never empty in the editor.
  return content.length > 0 ? content : [{ type: 'paragraph', attrs: {}, content: [] }]
}

/** Writes the split's sections after `sectionId` (sub-sections under them) as one change; returns how many. */
export function applyPasteSplit (doc: Y.Doc, schema: Schema, sectionId: string, split: PasteSplit): number {
  const current = reportSections(doc).get(sectionId)
  if (!current) return 0
  const parentId = typeof current.get('parentId') === 'string' ? current.get('parentId') as string : null
  let index = reportChildren(doc, parentId).findIndex(([id]) => id === sectionId) + 1
  const open: string[] = []
  let written = 0
  doc.transact(() => {
    for (const section of split.sections) {
      const depth = Math.min(section.depth, open.length)
      const parent = depth === 0 ? parentId : open[depth - 1]
      const id = createReportSection(doc, { title: section.title, parentId: parent, index: depth === 0 ? index++ : undefined })
      writeReportNodes(sectionBody(reportSections(doc).get(id)!)!, parseBody(schema, section.html))
      open.length = depth
      open.push(id)
      written += 1
    }
  })
  return written
}
