import { mergeAttributes, Node } from '@tiptap/core'
import { ReactNodeViewRenderer } from '@tiptap/react'
import { ReportNode } from '../../../shared/report/reportDoc'
import { stopFormEvents } from './stopFormEvents'
import { TypedTableView } from './TypedTableView'

/**
 * A reference to one of the report's typed tables (`reportTables`, by id).
 * The rows live there, one Y.Text per cell, so people typing in cells merge
 * letter by letter and never touch the rich text around the table.
 *
 * The default is null for the reason given in GeneratedBlockNode.
 */
export const TypedTableNode = Node.create({
  name: ReportNode.typedTable,
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes () {
    return {
      tableId: {
        default: null,
        parseHTML: element => element.getAttribute('data-table-id'),
        renderHTML: attributes => ({ 'data-table-id': attributes.tableId }),
      },
    }
  },

  parseHTML () {
    return [{ tag: 'div[data-typed-table]' }]
  },

  renderHTML ({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-typed-table': '' })]
  },

  addNodeView () {
    return ReactNodeViewRenderer(TypedTableView, { stopEvent: stopFormEvents })
  },
})
