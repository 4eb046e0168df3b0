import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type * as Y from 'yjs'
import { applyPasteSplit, splitPastedHtml } from './pasteSplit'
import { reportStrings } from './reportStrings'

export interface PasteSplitOptions {
  doc: Y.Doc | null
  sectionId: string | null
  /** Asks whether to split (window.confirm in the app). */
  confirm: (message: string) => boolean
}

/** Offers to split pasted HTML with headings into report sections (see pasteSplit.ts). */
export const PasteSplitExtension = Extension.create<PasteSplitOptions>({
  name: 'reportPasteSplit',
  addOptions () {
    return { doc: null, sectionId: null, confirm: (message: string) => window.confirm(message) }
  },
  addProseMirrorPlugins () {
    const { doc, sectionId, confirm } = this.options
    const editor = this.editor
    return [new Plugin({
      key: new PluginKey('reportPasteSplit'),
      props: {
        handlePaste: (_view, event) => {
          const html = event.clipboardData?.getData('text/html') ?? ''
          if (!doc || !sectionId || !editor.isEditable || html === '') return false
          const split = splitPastedHtml(html)
          if (!split || !confirm(reportStrings.pasteSplit(split.sections.length))) return false
          // The text before the first heading is pasted here as usual; the rest becomes sections.
          if (split.before.trim() !== '') editor.commands.insertContent(split.before)
          applyPasteSplit(doc, editor.schema, sectionId, split)
          return true
        },
      },
    })]
  },
})
