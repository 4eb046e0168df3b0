import { absolutePositionToRelativePosition } from '@tiptap/y-tiptap'
import type { EditorState } from '@tiptap/pm/state'
import * as Y from 'yjs'
import type { RelativePositionJson } from '../../../shared/review/annotationAnchor'
import { yBindingOf } from './yBinding'

/** The quote is kept only to show what was annotated once it is edited away; very long selections are cut. */
const MAX_QUOTE = 2000

/**
 * A report anchor for the ProseMirror range from–to: Yjs relative positions
 * (as JSON) that follow the words through everyone's edits. y-prosemirror
 * makes text positions stick to the letter before; the start is moved to
 * stick to the first annotated letter instead (as shared/review textAnchor
 * does), so typing just before the passage does not join it.
 */
export function selectionAnchor (state: EditorState, from: number, to: number): { start: RelativePositionJson; end: RelativePositionJson; quote: string } | null {
  const binding = yBindingOf(state)
  if (!binding || from >= to) return null
  const quote = state.doc.textBetween(from, to, ' ', ' ').replace(/\s+/g, ' ').trim()
  if (!quote) return null
  const start = absolutePositionToRelativePosition(from, binding.type, binding.mapping as never) as Y.RelativePosition
  const end = absolutePositionToRelativePosition(to, binding.type, binding.mapping as never) as Y.RelativePosition
  return { start: Y.relativePositionToJSON(stickToNext(start, binding.doc)) as RelativePositionJson, end: Y.relativePositionToJSON(end) as RelativePositionJson, quote: quote.slice(0, MAX_QUOTE) }
}

function stickToNext (position: Y.RelativePosition, doc: Y.Doc): Y.RelativePosition {
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc)
  if (!absolute || !(absolute.type instanceof Y.XmlText) || absolute.index >= absolute.type.length) return position
  return Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, 0)
}
