import { mergeAttributes, Node } from '@tiptap/core'
import { ReportNode } from '../../../shared/report/reportDoc'

/**
 * A caption paragraph («Таблица 3 — Аттестация педагогических работников»),
 * kept apart from ordinary paragraphs so the exports set it as a caption
 * (Word's Caption style, the PDF's caption line) rather than as body text.
 */
export const CaptionNode = Node.create({
  name: ReportNode.caption,
  group: 'block',
  content: 'inline*',

  parseHTML () {
    return [{ tag: 'p[data-caption]' }]
  },

  renderHTML ({ HTMLAttributes }) {
    return ['p', mergeAttributes(HTMLAttributes, { 'data-caption': '', class: 'report-caption' }), 0]
  },
})
