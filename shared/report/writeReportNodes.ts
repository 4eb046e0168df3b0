/**
 * Writes body nodes (ProseMirror-style JSON, as readReport gives them back)
 * into a section's Y.XmlFragment the way TipTap's Yjs binding (y-prosemirror)
 * stores them: an element node is a Y.XmlElement with its attrs as
 * attributes, a run of neighbouring text nodes is one Y.XmlText whose
 * formatting attributes are the marks (`{ bold: {} }`, `{ link: { href } }`),
 * an inline node such as a hard break or a footnote is a Y.XmlElement between
 * them. Used by the server (the report import), so it needs no editor schema;
 * what it writes must still be what the editor's schema accepts — the binding
 * deletes nodes it cannot place — which writeReportNodes.test.ts checks
 * against the real TipTap schema.
 */
import * as Y from 'yjs'
import type { ReportElementNode, ReportNodeJson, ReportTextNode } from './reportSnapshot'

export function writeReportNodes (parent: Y.XmlFragment | Y.XmlElement, nodes: readonly ReportNodeJson[]): void {
  const items: Array<Y.XmlElement | Y.XmlText> = []
  let texts: ReportTextNode[] = []
  const flush = () => {
    if (texts.length === 0) return
    const text = new Y.XmlText()
    text.applyDelta(texts.map((node) => ({ insert: node.text, attributes: marksToAttributes(node) })))
    items.push(text)
    texts = []
  }
  for (const node of nodes) {
    if (node.type === 'text') {
      if ((node as ReportTextNode).text !== '') texts.push(node as ReportTextNode)
      continue
    }
    flush()
    items.push(elementOf(node as ReportElementNode))
  }
  flush()
  // A new element (not yet in a document) is written once, from empty.
  if (items.length > 0) parent.insert(parent.doc ? parent.length : 0, items)
}

function elementOf (node: ReportElementNode): Y.XmlElement {
  const element = new Y.XmlElement(node.type)
  // ProseMirror's own JSON (a pasted document) leaves out empty attrs and content.
  for (const [key, value] of Object.entries(node.attrs ?? {})) {
    // Attribute values are JSON in Yjs; null means "the schema's default", as y-prosemirror leaves it out.
    if (value !== null && value !== undefined) element.setAttribute(key, value as string)
  }
  writeReportNodes(element, node.content ?? [])
  return element
}

function marksToAttributes (node: ReportTextNode): Record<string, unknown> | undefined {
  if (!node.marks || node.marks.length === 0) return undefined
  return Object.fromEntries(node.marks.map((mark) => [mark.type, mark.attrs ?? {}]))
}
