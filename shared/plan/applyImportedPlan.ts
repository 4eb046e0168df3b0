import type * as Y from 'yjs'
import { NodeKind } from './planFields'
import { childrenOf, createNode } from './planDoc'
import type { ImportedItem, ImportedPlan } from './importedPlan'

/** Adds an imported plan after the board's existing sections, in one transaction (one undo step). */
export function applyImportedPlan (doc: Y.Doc, plan: ImportedPlan): { sections: number; items: number } {
  let items = 0
  doc.transact(() => {
    let index = childrenOf(doc, null).length
    for (const section of plan.sections) {
      const sectionId = createNode(doc, {
        kind: NodeKind.section,
        parentId: null,
        index: index++,
        fields: { title: section.title },
        sourceNumber: section.sourceNumber,
      })
      const addItems = (list: ImportedItem[], parentId: string) => {
        list.forEach((item, position) => {
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
          })
          items++
          addItems(item.children, id)
        })
      }
      addItems(section.items, sectionId)
    }
  })
  return { sections: plan.sections.length, items }
}
