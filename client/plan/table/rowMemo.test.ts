import { describe, expect, test } from 'vitest'
import { ItemStatus, NodeKind, planTextFields, type PlanTextField } from '../../../shared/plan/planFields'
import type { PlanNode } from '../../../shared/plan/planSnapshot'
import { sameProblems, samePresence, sameRowContent } from './rowMemo'

const node = (over: Partial<PlanNode> = {}, fields: Partial<Record<PlanTextField, string>> = {}): PlanNode => ({
  id: 'a', kind: NodeKind.item, number: '1.1', depth: 1, parentId: 's', status: ItemStatus.planned, children: [],
  fields: { ...Object.fromEntries(planTextFields.map(f => [f, ''])) as Record<PlanTextField, string>, ...fields },
  ...over,
})

describe('sameRowContent', () => {
  test('a rebuilt, equal node is the same; any shown difference is not', () => {
    expect(sameRowContent(node({}, { title: 'Семинар' }), node({}, { title: 'Семинар' }))).toBe(true)
    expect(sameRowContent(node({}, { title: 'Семинар' }), node({}, { title: 'Семинары' }))).toBe(false)
    expect(sameRowContent(node(), node({ number: '1.2' }))).toBe(false)
    expect(sameRowContent(node(), node({ status: ItemStatus.done }))).toBe(false)
    expect(sameRowContent(node(), node({}, { participants: '40' }))).toBe(false)
  })
  test('children do not matter (they are rows of their own)', () => {
    expect(sameRowContent(node(), node({ children: [node({ id: 'b' })] }))).toBe(true)
  })
})

test('problems and presence compare by content', () => {
  const p = { nodeId: 'a', field: 'timing' as const, severity: 'warning' as const, message: 'м' }
  expect(sameProblems([p], [{ ...p }])).toBe(true)
  expect(sameProblems([p], [])).toBe(false)
  expect(sameProblems(undefined, [])).toBe(true)
  const u = { clientId: 1, name: 'Петрова', color: '#111', field: 'title' }
  expect(samePresence([u], [{ ...u }])).toBe(true)
  expect(samePresence([u], [{ ...u, field: 'timing' }])).toBe(false)
})
