import { expect, test } from 'vitest'
import * as Y from 'yjs'
import { NodeKind } from '../../../shared/plan/planFields'
import { createNode } from '../../../shared/plan/planDoc'
import { readPlan } from '../../../shared/plan/planSnapshot'
import { countItems, distinctValues, sectionOptions } from './filterOptions'

function sample () {
  const doc = new Y.Doc()
  const first = createNode(doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Повышение\nквалификации' } })
  const second = createNode(doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Аналитическая деятельность' } })
  const item = createNode(doc, { kind: NodeKind.item, parentId: first, fields: { responsible: 'Петрова А.' } })
  createNode(doc, { kind: NodeKind.item, parentId: item, fields: { responsible: ' петрова  а. ' } })
  createNode(doc, { kind: NodeKind.item, parentId: second, fields: { responsible: 'Иванова И.' } })
  createNode(doc, { kind: NodeKind.item, parentId: second, fields: { responsible: '' } })
  return readPlan(doc)
}

test('sections are offered with their numbers, on one line', () => {
  expect(sectionOptions(sample()).map(option => option.label)).toEqual(['1. Повышение квалификации', '2. Аналитическая деятельность'])
})

test('values are offered once each, whatever the case and spacing, in alphabetical order', () => {
  expect(distinctValues(sample(), 'responsible')).toEqual(['Иванова И.', 'Петрова А.'])
})

test('items are counted with their sub-items, sections not', () => {
  expect(countItems(sample())).toBe(4)
})
