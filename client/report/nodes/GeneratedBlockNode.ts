import { mergeAttributes, Node } from '@tiptap/core'
import { ReactNodeViewRenderer } from '@tiptap/react'
import { ReportNode } from '../../../shared/report/reportDoc'
import { GeneratedBlockView } from './GeneratedBlockView'
import { stopFormEvents } from './stopFormEvents'

/**
 * A block whose content is computed from the plan and the registry wherever
 * it is shown: the document holds only `kind` and `params` (JSON). An atom,
 * so it is selected, copied and deleted whole and nobody types inside it.
 *
 * Attribute defaults are null on purpose: y-prosemirror writes every non-null
 * attribute the editor has and the Yjs element lacks back into the document,
 * so a default here would make even a read-only viewer send an update.
 */
export const GeneratedBlockNode = Node.create({
  name: ReportNode.generatedBlock,
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes () {
    return {
      kind: {
        default: null,
        parseHTML: element => element.getAttribute('data-kind'),
        renderHTML: attributes => ({ 'data-kind': attributes.kind }),
      },
      params: {
        default: null,
        parseHTML: element => element.getAttribute('data-params'),
        renderHTML: attributes => ({ 'data-params': attributes.params }),
      },
    }
  },

  parseHTML () {
    return [{ tag: 'div[data-generated-block]' }]
  },

  renderHTML ({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-generated-block': '' })]
  },

  addNodeView () {
    return ReactNodeViewRenderer(GeneratedBlockView, { stopEvent: stopFormEvents })
  },
})
