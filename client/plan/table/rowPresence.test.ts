import { expect, test } from 'vitest'
import { presenceByRow, presenceKey } from './rowPresence'

test('others are grouped by row; self, cursor-less and nameless states are left out', () => {
  const states = new Map<number, unknown>([
    [1, { user: { name: 'Я', color: '#111' }, planCursor: { nodeId: 'a', field: 'title' } }],
    [3, { user: { name: 'Петрова', color: '#222' }, planCursor: { nodeId: 'a', field: 'timing' } }],
    [2, { user: { name: 'Иванов', color: '#333' }, planCursor: { nodeId: 'a', field: null } }],
    [4, { user: { name: 'Сидоров' }, planCursor: null }],
    [5, { planCursor: { nodeId: 'b', field: 'title' } }],
  ])
  const rows = presenceByRow(states, 1)
  expect([...rows.keys()]).toEqual(['a'])
  expect(rows.get('a')!.map(p => [p.name, p.field])).toEqual([['Иванов', null], ['Петрова', 'timing']])
  expect(presenceKey(rows)).toBe(presenceKey(presenceByRow(new Map(states), 1)))
  expect(presenceKey(rows)).not.toBe(presenceKey(presenceByRow(states, 2)))
})
