/**
 * Where a suggestion's words are in a document now: a plan cell's Y.Text
 * (the whole cell), or the report passage between the anchor's relative
 * positions. Accepting applies the replacement only if these are still the
 * words the proposer saw (the quote); otherwise the current words are shown.
 */
import * as Y from 'yjs'
import { nodeText, planNodes } from '../plan/planDoc'
import type { PlanTextField } from '../plan/planFields'
import type { AnnotationAnchor } from './annotationAnchor'
import { resolveTextAnchor } from './resolveAnchor'

export type SuggestionTarget =
  | { status: 'found'; text: Y.Text; start: number; end: number; current: string }
  /** The words are gone (deleted, or the anchor spans paragraphs): nothing to replace. */
  | { status: 'missing' }

export function findSuggestionTarget (anchor: AnnotationAnchor, doc: Y.Doc): SuggestionTarget {
  if (anchor.kind === 'plan') {
    const node = planNodes(doc).get(anchor.nodeId)
    const text = node && anchor.field ? nodeText(node, anchor.field as PlanTextField) : null
    if (!text) return { status: 'missing' }
    const current = text.toString()
    return { status: 'found', text, start: 0, end: current.length, current }
  }
  const found = resolveTextAnchor(doc, anchor.start, anchor.end)
  // Only a passage inside one paragraph (one Y.XmlText, a Y.Text subclass) can be replaced as typed text.
  if (found.status !== 'found' || !(found.type instanceof Y.Text)) return { status: 'missing' }
  return { status: 'found', text: found.type, start: found.start, end: found.end, current: plainText(found.type).slice(found.start, found.end) }
}

/** The letters of a text without formatting (Y.XmlText.toString() would add tags); an embed counts as one character. */
function plainText (text: Y.Text): string {
  return (text.toDelta() as Array<{ insert: unknown }>).map(op => typeof op.insert === 'string' ? op.insert : '\ufffc').join('')
}

/** The quote as the client makes it (whitespace collapsed, trimmed), for comparing with the words now. */
export function sameWords (current: string, quote: string): boolean {
  return normalizeWords(current) === normalizeWords(quote)
}

function normalizeWords (text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Replaces the target's words with `replacement` in one transaction, keeping
 * the formatting of the first replaced letter (bold stays bold).
 */
export function applySuggestion (target: Extract<SuggestionTarget, { status: 'found' }>, replacement: string): void {
  const { text, start, end } = target
  const attributes = attributesAt(text, start)
  const doc = text.doc
  const run = () => {
    if (end > start) text.delete(start, end - start)
    if (replacement) text.insert(start, replacement, attributes)
  }
  if (doc) doc.transact(run)
  else run()
}

function attributesAt (text: Y.Text, index: number): Record<string, unknown> | undefined {
  let offset = 0
  for (const op of text.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>) {
    const length = typeof op.insert === 'string' ? op.insert.length : 1
    if (index < offset + length) return op.attributes
    offset += length
  }
  return undefined
}
