import { Extension } from '@tiptap/core'
import { isChangeOrigin } from '@tiptap/extension-collaboration'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'

/**
 * Only a person's own edits may change a section body.
 *
 * Some plugins answer any document change with one of their own through
 * appendTransaction (table normalisation, autolink, a trailing paragraph), and
 * the Yjs binding turns those into document updates. After a change that came
 * from Yjs (the first render, someone else's edit) every open editor would
 * make the same «fix» at once, and a read-only viewer's update would be
 * refused by the server, which then drops its connection. So: a read-only
 * editor never changes the document except from Yjs, and nobody's plugins
 * react to what arrived from Yjs.
 */
export const ReadOnlyGuard = Extension.create({
  name: 'reportReadOnlyGuard',

  addProseMirrorPlugins () {
    const editor = this.editor
    return [
      new Plugin({
        key: new PluginKey('reportReadOnlyGuard'),
        filterTransaction: tr => {
          if (!tr.docChanged || isChangeOrigin(tr)) return true
          if (!editor.options.editable) return false
          const root = tr.getMeta('appendedTransaction') as Transaction | undefined
          return !(root && isChangeOrigin(root))
        },
      }),
    ]
  },
})
