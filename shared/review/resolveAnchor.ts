/**
 * Where a report annotation's words are now. Anchors are Yjs relative
 * positions, so they follow the words through everyone's edits; when the
 * words themselves are deleted both ends collapse onto one point, and the
 * thread is shown as «фрагмент удалён» with its quote.
 */
import * as Y from 'yjs'

export type ResolvedAnchor =
  | { status: 'found'; text: string; type: Y.AbstractType<unknown>; start: number; end: number }
  | { status: 'deleted' }

export function resolveTextAnchor (doc: Y.Doc, start: unknown, end: unknown): ResolvedAnchor {
  let from: Y.AbsolutePosition | null
  let to: Y.AbsolutePosition | null
  try {
    from = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(start), doc)
    to = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(end), doc)
  } catch {
    return { status: 'deleted' }
  }
  if (!from || !to || from.index >= to.index && from.type === to.type) return { status: 'deleted' }
  if (from.type !== to.type) {
    // Across blocks (ProseMirror positions in the fragment): found, the text is what the UI highlights.
    return { status: 'found', text: '', type: from.type, start: from.index, end: to.index }
  }
  const text = from.type instanceof Y.Text ? from.type.toString().slice(from.index, to.index) : ''
  return { status: 'found', text, type: from.type, start: from.index, end: to.index }
}

/** Relative positions (as JSON) around `length` characters at `index` of a text. */
export function textAnchor (text: Y.Text, index: number, length: number): { start: unknown; end: unknown } {
  return {
    start: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, index)),
    // assoc -1: the end sticks to the last annotated letter, so typing right after it is not included.
    end: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, index + length, -1)),
  }
}
