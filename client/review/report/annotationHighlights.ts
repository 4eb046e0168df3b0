import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import { ANNOTATIONS_KEY, type AnnotationThread } from '../../../shared/review/annotationModel'
import { userColor } from '../../sync/userColor'
import { suggestionWidget } from './suggestionWidget'
import { yBindingOf } from './yBinding'

export interface AnnotationHighlightsOptions {
  /** The board's annotations document (read-only), or null when not connected. */
  annotations: Y.Doc | null
  /** The section this editor shows: only its threads are drawn. */
  sectionId: string
  /** A click on a highlight opens its thread. */
  onOpen: (threadId: string) => void
}

const key = new PluginKey<DecorationSet>('reportAnnotationHighlights')
const REFRESH = 'refresh'

/** Open threads of the section as inline decorations, resolved from their relative positions now. */
function highlights (state: EditorState, threads: readonly AnnotationThread[], onOpen: (threadId: string) => void): DecorationSet {
  const binding = yBindingOf(state)
  if (!binding) return DecorationSet.empty
  const decorations: Decoration[] = []
  const max = state.doc.content.size
  for (const thread of threads) {
    if (thread.anchor.kind !== 'report') continue
    let from: number | null
    let to: number | null
    try {
      from = relativePositionToAbsolutePosition(binding.doc, binding.type, Y.createRelativePositionFromJSON(thread.anchor.start), binding.mapping as never)
      to = relativePositionToAbsolutePosition(binding.doc, binding.type, Y.createRelativePositionFromJSON(thread.anchor.end), binding.mapping as never)
    } catch {
      continue
    }
    // Both ends on one point: the words were deleted (the panel says «фрагмент удалён»).
    if (from === null || to === null || from >= to) continue
    const start = Math.max(0, from)
    const end = Math.min(max, to)
    if (thread.suggestion === undefined) {
      decorations.push(Decoration.inline(start, end, {
        class: 'annotation-highlight',
        'data-testid': 'report-annotation-highlight',
        'data-thread-id': thread.id,
      }, { threadId: thread.id }))
      continue
    }
    // A suggestion: the old words struck through, the proposal right after them, in the proposer's colour with their name.
    const color = userColor(thread.author)
    decorations.push(Decoration.inline(start, end, {
      class: 'suggestion-old',
      style: `--suggestion-color: ${color}`,
      'data-testid': 'report-suggestion-old',
      'data-thread-id': thread.id,
    }, { threadId: thread.id }))
    decorations.push(Decoration.widget(end, () => suggestionWidget(thread, color, onOpen), { side: 1, key: `suggestion-${thread.id}-${thread.suggestion}`, threadId: thread.id }))
  }
  return DecorationSet.create(state.doc, decorations)
}

/**
 * Highlights of open annotation threads on a section's text. Decorations
 * never change the document, so read-only editors stay read-only. They are
 * re-resolved from the Yjs positions when someone else's edit arrives or the
 * threads change, and mapped through one's own typing in between (the same
 * scheme as the collaboration carets), so they follow the words live.
 */
export const AnnotationHighlights = Extension.create<AnnotationHighlightsOptions>({
  name: 'reportAnnotationHighlights',

  addOptions () {
    return { annotations: null, sectionId: '', onOpen: () => {} }
  },

  addProseMirrorPlugins () {
    const { annotations, sectionId, onOpen } = this.options
    const map = annotations?.getMap<AnnotationThread>(ANNOTATIONS_KEY) ?? null
    const openThreads = () => map
      ? [...map.values()].filter(t => !t.resolved && t.anchor?.kind === 'report' && t.anchor.sectionId === sectionId)
      : []
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) => highlights(state, openThreads(), onOpen),
          apply: (tr, previous, _old, state) => {
            // Read from the transaction: this plugin's state may be computed before the sync plugin's.
            const remote = (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin
            if (tr.getMeta(key) === REFRESH || remote) return highlights(state, openThreads(), onOpen)
            return tr.docChanged ? previous.map(tr.mapping, tr.doc) : previous
          },
        },
        props: {
          decorations: state => key.getState(state),
          handleClick: (view, pos) => {
            const id = (key.getState(view.state)?.find(pos, pos)[0]?.spec as { threadId?: string } | undefined)?.threadId
            // Opening the thread does not take the click: the caret still goes where it was put.
            if (id) onOpen(id)
            return false
          },
        },
        view: view => {
          const refresh = () => {
            if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(key, REFRESH))
          }
          map?.observe(refresh)
          return { destroy: () => map?.unobserve(refresh) }
        },
      }),
    ]
  },
})
