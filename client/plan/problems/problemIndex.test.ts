import { expect, test } from 'vitest'
import type { PlanProblem } from '../../../shared/plan/validatePlan'
import { cellProblems, problemsByNode, sortProblems } from './problemIndex'

const problem = (nodeId: string, field: PlanProblem['field'], message = 'm'): PlanProblem => ({ nodeId, field, severity: 'error', message })

test('problems by row; a whole-row problem shows on the title', () => {
  const list = [problem('a', 'timing'), problem('a', null, 'повтор'), problem('b', 'title')]
  const byNode = problemsByNode(list)
  expect(byNode.get('a')).toHaveLength(2)
  expect(cellProblems(byNode.get('a'), 'title').map(p => p.message)).toEqual(['повтор'])
  expect(cellProblems(byNode.get('a'), 'timing')).toHaveLength(1)
  expect(cellProblems(undefined, 'title')).toEqual([])
})

test('the panel lists problems in table order, orphans last', () => {
  const list = [problem('orphan', null), problem('b', 'participants'), problem('a', 'timing'), problem('b', 'title')]
  expect(sortProblems(list, ['a', 'b']).map(p => `${p.nodeId}.${p.field}`)).toEqual(['a.timing', 'b.title', 'b.participants', 'orphan.null'])
})
