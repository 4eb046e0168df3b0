import type { Editor } from '@tiptap/core'
import { NodeSelection, TextSelection } from '@tiptap/pm/state'

/**
 * Inserts an atom block (a generated block, a typed table) at the cursor and
 * leaves the cursor after it, in the next paragraph or a new empty one.
 * insertContent alone leaves the new block selected, so the next insertion
 * or keystroke would replace it. (TipTap's horizontal rule does the same.)
 */
export function insertBlockNode (editor: Editor, content: { type: string; attrs: Record<string, unknown> }): boolean {
  return editor.chain().focus().insertContent(content).command(({ tr, dispatch }) => {
    if (!dispatch || !(tr.selection instanceof NodeSelection)) return true
    const { $to } = tr.selection
    const next = $to.nodeAfter
    if (next?.isTextblock) {
      tr.setSelection(TextSelection.create(tr.doc, $to.pos + 1))
    } else {
      const paragraph = $to.parent.type.contentMatch.defaultType?.create()
      if (paragraph) {
        tr.insert($to.pos, paragraph)
        tr.setSelection(TextSelection.create(tr.doc, $to.pos + 1))
      }
    }
    tr.scrollIntoView()
    return true
  }).run()
}
