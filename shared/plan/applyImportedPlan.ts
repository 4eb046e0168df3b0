import type * as Y from 'yjs'
import { NodeKind } from './planFields'
import { childrenOf, createNode, planTitleText } from './planDoc'
import type { ImportedItem, ImportedPlan } from './importedPlan'

/**
 * Adds an imported plan after the board's existing sections, in one
 * transaction (one undo step). The source's title becomes the plan's title
 * when the board has none yet (a title someone typed is never replaced).
 */
export function applyImportedPlan (doc: Y.Doc, plan: ImportedPlan): { sections: number; items: number; subheadings: number } {
  let items = 0
  let subheadings = 0
  doc.transact(() => {
    const title = planTitleText(doc)
    if (plan.title && plan.title.trim() !== '' && title.toString().trim() === '') {
      title.delete(0, title.length)
      title.insert(0, plan.title.trim())
    }
    let index = childrenOf(doc, null).length
    for (const section of plan.sections) {
      const sectionId = createNode(doc, {
        kind: NodeKind.section,
        parentId: null,
        index: index++,
        fields: { title: section.title },
        sourceNumber: section.sourceNumber,
        footnotes: section.footnotes,
      })
      const addItems = (list: ImportedItem[], parentId: string) => {
        list.forEach((item, position) => {
          if (item.subheading) {
            createNode(doc, { kind: NodeKind.subheading, parentId, index: position, fields: { title: item.title }, footnotes: item.footnotes })
            subheadings++
            return
          }
          const id = createNode(doc, {
            kind: NodeKind.item,
            parentId,
            index: position,
            sourceNumber: item.sourceNumber,
            fields: {
              title: item.title,
              timing: item.timing,
              audience: item.audience,
              expectedResult: item.expectedResult,
              responsible: item.responsible ?? '',
              organisation: item.organisation ?? '',
            },
            mergedUp: item.mergedUp,
            footnotes: item.footnotes,
          })
          items++
          addItems(item.children, id)
        })
      }
      addItems(section.items, sectionId)
    }
  })
  return { sections: plan.sections.length, items, subheadings }
}
