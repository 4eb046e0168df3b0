import { ySyncPluginKey } from '@tiptap/y-tiptap'
import type { EditorState } from '@tiptap/pm/state'
import type * as Y from 'yjs'

/** The Yjs side of a TipTap editor: its document, the fragment it shows, and ProseMirror ↔ Yjs node mapping. */
export interface YBinding {
  doc: Y.Doc
  type: Y.XmlFragment
  // The binding's own type (y-prosemirror's ProsemirrorMapping); only passed back to its helpers.
  mapping: Map<Y.AbstractType<unknown>, unknown>
}

/** Null while the binding is not set up or has not rendered the fragment yet (positions cannot be mapped then). */
export function yBindingOf (state: EditorState): YBinding | null {
  const ystate = ySyncPluginKey.getState(state) as { doc?: Y.Doc; type?: Y.XmlFragment; binding?: { mapping: Map<Y.AbstractType<unknown>, unknown> } } | undefined
  if (!ystate?.doc || !ystate.type || !ystate.binding || ystate.binding.mapping.size === 0) return null
  return { doc: ystate.doc, type: ystate.type, mapping: ystate.binding.mapping }
}
