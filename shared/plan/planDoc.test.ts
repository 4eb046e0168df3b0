import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { createNode, deleteNode, indentNode, moveNode, nodeText, outdentNode, planNodes, replaceText } from './planDoc'
import { NodeKind } from './planFields'
import { flattenRows, readPlan } from './planSnapshot'

function numbered (doc: Y.Doc): string[] {
  return flattenRows(readPlan(doc)).map(node => `${node.number} ${node.fields.title}`)
}

function samplePlan (): { doc: Y.Doc; s1: string; s2: string; items: string[] } {
  const doc = new Y.Doc()
  const s1 = createNode(doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Повышение квалификации' } })
  const s2 = createNode(doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Аналитическая деятельность' } })
  const items = ['А', 'Б', 'В'].map(title => createNode(doc, { kind: NodeKind.item, parentId: s1, fields: { title } }))
  return { doc, s1, s2, items }
}

describe('plan layout', () => {
  test('numbers are derived from the tree', () => {
    const { doc } = samplePlan()
    expect(numbered(doc)).toEqual(['1 Повышение квалификации', '1.1 А', '1.2 Б', '1.3 В', '2 Аналитическая деятельность'])
  })

  test('indent makes an item a sub-item of the one above; outdent puts it back after its parent', () => {
    const { doc, items } = samplePlan()
    expect(indentNode(doc, items[1])).toBe(true)
    expect(numbered(doc)).toEqual(['1 Повышение квалификации', '1.1 А', '1.1.1 Б', '1.2 В', '2 Аналитическая деятельность'])
    expect(indentNode(doc, items[0])).toBe(false)
    expect(outdentNode(doc, items[1])).toBe(true)
    expect(numbered(doc)).toEqual(['1 Повышение квалификации', '1.1 А', '1.2 Б', '1.3 В', '2 Аналитическая деятельность'])
    expect(outdentNode(doc, items[0])).toBe(false)
  })

  test('a move keeps the item\'s identity and text (no delete + insert)', () => {
    const { doc, s2, items } = samplePlan()
    const title = nodeText(planNodes(doc).get(items[0])!, 'title')!
    expect(moveNode(doc, items[0], s2, 0)).toBe(true)
    expect(nodeText(planNodes(doc).get(items[0])!, 'title')).toBe(title)
    expect(numbered(doc)).toEqual(['1 Повышение квалификации', '1.1 Б', '1.2 В', '2 Аналитическая деятельность', '2.1 А'])
    expect(moveNode(doc, items[2], items[2], 0)).toBe(false)
  })

  test('an item cannot become a section, nor move under its own descendant', () => {
    const { doc, s1, items } = samplePlan()
    expect(moveNode(doc, items[0], null, 0)).toBe(false)
    expect(moveNode(doc, s1, items[0], 0)).toBe(false)
    indentNode(doc, items[1])
    expect(moveNode(doc, items[0], items[1], 0)).toBe(false)
  })

  test('deleting a section deletes what is in it', () => {
    const { doc, s1 } = samplePlan()
    deleteNode(doc, s1)
    expect(numbered(doc)).toEqual(['1 Аналитическая деятельность'])
    expect(planNodes(doc).size).toBe(1)
  })

  test('replaceText rewrites a field as one change', () => {
    const { doc, items } = samplePlan()
    replaceText(doc, items[0], 'timing', 'ноябрь – февраль')
    expect(readPlan(doc).sections[0].children[0].fields.timing).toBe('ноябрь – февраль')
  })

  test('concurrent indents of two items under each other leave both visible as orphans, not lost', () => {
    const { doc, items } = samplePlan()
    const other = new Y.Doc()
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc))
    // Make A and B siblings where each can be indented under the other by direct moves.
    moveNode(doc, items[0], items[1], 0)
    moveNode(other, items[1], items[0], 0)
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other))
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc))
    const snapshot = readPlan(doc)
    expect(snapshot.orphans.map(o => o.id).sort()).toEqual([items[0], items[1]].sort())
    expect(readPlan(other).orphans.map(o => o.id).sort()).toEqual([items[0], items[1]].sort())
  })
})
