import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { createNode, moveNode, nodeText, planNodes, planTitleText, setStatus } from './planDoc'
import { ItemStatus, NodeKind } from './planFields'
import { lockedPlanPart } from './planLock'

function plan () {
  const doc = new Y.Doc()
  const section = createNode(doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Раздел' } })
  const a = createNode(doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Семинар', timing: 'октябрь' } })
  const b = createNode(doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Конференция' } })
  return { doc, section, a, b }
}

describe('what an agreed plan locks', () => {
  test('the fact (status and outcomes) is not part of the locked plan', () => {
    const { doc, a } = plan()
    const before = lockedPlanPart(doc)
    setStatus(doc, a, ItemStatus.done)
    nodeText(planNodes(doc).get(a)!, 'participants')!.insert(0, '45')
    nodeText(planNodes(doc).get(a)!, 'managementAction')!.insert(0, 'Повторить весной')
    expect(lockedPlanPart(doc)).toBe(before)
  })

  test('planned columns, the structure and the titles are', () => {
    const changes: Array<(p: ReturnType<typeof plan>) => void> = [
      ({ doc, a }) => nodeText(planNodes(doc).get(a)!, 'timing')!.insert(0, 'не ') ,
      ({ doc, a, section }) => moveNode(doc, a, section, 2),
      ({ doc, section }) => createNode(doc, { kind: NodeKind.item, parentId: section }),
      ({ doc, b }) => planNodes(doc).delete(b),
      ({ doc }) => planTitleText(doc).insert(0, 'План работы'),
      ({ doc, a }) => planNodes(doc).get(a)!.set('mergeUp.expectedResult', true),
    ]
    for (const change of changes) {
      const p = plan()
      const before = lockedPlanPart(p.doc)
      change(p)
      expect(lockedPlanPart(p.doc)).not.toBe(before)
    }
  })
})
