/**
 * Next year's report template from this year's report: the same sections
 * (ids, titles, order), and in each body only the blocks that are structure —
 * generated blocks and typed tables (new, empty ones of the same kind). The
 * narrative is the year's own and is not carried over.
 */
import * as Y from 'yjs'
import { createTypedTable, ReportNode, reportSections, reportTables, sectionBody, sectionTitle } from './reportDoc'
import { isTypedTableKind } from './typedTableKinds'

export function rolloverReport (source: Y.Doc, target: Y.Doc): { sections: number } {
  let sections = 0
  target.transact(() => {
    reportSections(source).forEach((section, id) => {
      const copy = new Y.Map<unknown>()
      copy.set('parentId', section.get('parentId') ?? null)
      copy.set('order', section.get('order') ?? '')
      copy.set('title', new Y.Text(sectionTitle(section)?.toString() ?? ''))
      const body = new Y.XmlFragment()
      copy.set('body', body)
      reportSections(target).set(id, copy)
      sections++
      const blocks: Y.XmlElement[] = []
      for (const node of sectionBody(section)?.toArray() ?? []) {
        if (!(node instanceof Y.XmlElement)) continue
        if (node.nodeName === ReportNode.generatedBlock) {
          const block = new Y.XmlElement(ReportNode.generatedBlock)
          block.setAttribute('kind', String(node.getAttribute('kind') ?? ''))
          block.setAttribute('params', String(node.getAttribute('params') ?? '{}'))
          blocks.push(block)
        } else if (node.nodeName === ReportNode.typedTable) {
          const kind = reportTables(source).get(String(node.getAttribute('tableId')))?.get('kind')
          if (!isTypedTableKind(kind)) continue
          const table = new Y.XmlElement(ReportNode.typedTable)
          table.setAttribute('tableId', createTypedTable(target, kind, 1))
          blocks.push(table)
        }
      }
      if (blocks.length === 0) blocks.push(new Y.XmlElement('paragraph'))
      body.insert(0, blocks)
    })
  })
  return { sections }
}
