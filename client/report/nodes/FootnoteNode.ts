import { mergeAttributes, Node } from '@tiptap/core'
import { ReportNode } from '../../../shared/report/reportDoc'

/**
 * A footnote brought from Word: the mark in the text (numbered on screen by a
 * CSS counter, in the exports by the word processor or the PDF writer) and
 * its text in the `text` attribute, shown on hover. An atom, so the note is
 * moved, copied and deleted with its mark. The default is null for the reason
 * given in GeneratedBlockNode.
 */
export const FootnoteNode = Node.create({
  name: ReportNode.footnote,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addAttributes () {
    return {
      text: {
        default: null,
        parseHTML: element => element.getAttribute('data-footnote') ?? element.getAttribute('title'),
        renderHTML: attributes => ({ 'data-footnote': attributes.text ?? '', title: attributes.text ?? '' }),
      },
    }
  },

  parseHTML () {
    return [{ tag: 'sup[data-footnote]' }]
  },

  renderHTML ({ HTMLAttributes }) {
    return ['sup', mergeAttributes(HTMLAttributes, { class: 'report-footnote' })]
  },

  renderText ({ node }) {
    return `[${String(node.attrs.text ?? '')}]`
  },
})
