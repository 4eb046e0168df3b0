import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { createNode, deleteNode, nodeText, planNodes, setStatus } from '../plan/planDoc'
import { ItemStatus, NodeKind } from '../plan/planFields'
import { readPlan } from '../plan/planSnapshot'
import { boardNotesFragment, boardTitleText } from '../board/boardDocs'
import { planDocLayout } from './docLayouts'
import { restoreDoc } from './restoreDoc'

function copyOf (doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  return copy
}

describe('restoreDoc', () => {
  test('brings back text, deleted items, statuses and rich text as a new change; restoring again undoes it', () => {
    const doc = new Y.Doc()
    boardTitleText(doc).insert(0, 'План 2023')
    const section = createNode(doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Раздел' } })
    const keep = createNode(doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Семинар' } })
    const gone = createNode(doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Конференция' } })
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText('Заметка')])
    boardNotesFragment(doc).insert(0, [paragraph])
    const version = copyOf(doc)
    const planThen = JSON.stringify(readPlan(doc))

    nodeText(planNodes(doc).get(keep)!, 'title')!.insert(0, 'Отменённый ')
    setStatus(doc, keep, ItemStatus.cancelled)
    deleteNode(doc, gone)
    createNode(doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Новое' } })
    boardTitleText(doc).insert(0, 'Черновик: ')
    boardNotesFragment(doc).delete(0, 1)
    const beforeRestore = copyOf(doc)
    const planBefore = JSON.stringify(readPlan(doc))
    const clockBefore = Y.encodeStateVector(doc)

    restoreDoc(doc, version, planDocLayout)
    expect(JSON.stringify(readPlan(doc))).toBe(planThen)
    expect(boardTitleText(doc).toString()).toBe('План 2023')
    expect(boardNotesFragment(doc).toString()).toBe(boardNotesFragment(version).toString())
    // A new change on top: the state vector moved forward, history kept.
    expect(Y.encodeStateVector(doc)).not.toEqual(clockBefore)

    restoreDoc(doc, beforeRestore, planDocLayout)
    expect(JSON.stringify(readPlan(doc))).toBe(planBefore)
  })
})
