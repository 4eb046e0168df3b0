import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { createNode } from '../../../shared/plan/planDoc'
import { NodeKind } from '../../../shared/plan/planFields'
import { flattenRows, readPlan } from '../../../shared/plan/planSnapshot'
import { addChildItem, addItemBelow, addSection, dropPlacement, dropRow, indentRow, moveIntoSection, moveRow, outdentRow } from './planCommands'

/** Two sections: 1 (a, b, c) and 2 (d). */
function plan () {
  const doc = new Y.Doc()
  const s1 = createNode(doc, { kind: NodeKind.section, parentId: null, id: 's1', fields: { title: 'Раздел 1' } })
  const s2 = createNode(doc, { kind: NodeKind.section, parentId: null, id: 's2', fields: { title: 'Раздел 2' } })
  for (const id of ['a', 'b', 'c']) createNode(doc, { kind: NodeKind.item, parentId: s1, id, fields: { title: id } })
  createNode(doc, { kind: NodeKind.item, parentId: s2, id: 'd', fields: { title: 'd' } })
  return doc
}

/** "1 s1, 1.1 a, …" for readable expectations. */
const rows = (doc: Y.Doc) => flattenRows(readPlan(doc)).map(node => `${node.number} ${node.fields.title || node.kind}`)

describe('adding rows', () => {
  test('an item below an item, first in a section, a sub-item, a section after the current one', () => {
    const doc = plan()
    addItemBelow(doc, 'a')
    expect(rows(doc).slice(0, 4)).toEqual(['1 Раздел 1', '1.1 a', '1.2 item', '1.3 b'])
    addItemBelow(doc, 's2')
    expect(rows(doc).slice(-2)).toEqual(['2.1 item', '2.2 d'])
    addChildItem(doc, 'c')
    expect(rows(doc)).toContain('1.4.1 item')
    const section = addSection(doc, 'b')
    expect(readPlan(doc).sections.map(s => s.id)).toEqual(['s1', section, 's2'])
    addSection(doc, null)
    expect(readPlan(doc).sections).toHaveLength(4)
  })
})

describe('moving rows', () => {
  test('up and down among siblings, across the section edge for items', () => {
    const doc = plan()
    moveRow(doc, 'b', -1)
    expect(rows(doc).slice(1, 4)).toEqual(['1.1 b', '1.2 a', '1.3 c'])
    moveRow(doc, 'b', 1)
    expect(rows(doc).slice(1, 4)).toEqual(['1.1 a', '1.2 b', '1.3 c'])
    moveRow(doc, 'c', 1)
    expect(rows(doc).slice(-3)).toEqual(['2 Раздел 2', '2.1 c', '2.2 d'])
    moveRow(doc, 'c', -1)
    expect(rows(doc)).toContain('1.3 c')
    expect(moveRow(doc, 'a', -1)).toBeNull()
    moveRow(doc, 's2', -1)
    expect(readPlan(doc).sections.map(s => s.id)).toEqual(['s2', 's1'])
  })

  test('a sub-item stays under its parent at the edge', () => {
    const doc = plan()
    indentRow(doc, 'b')
    expect(moveRow(doc, 'b', -1)).toBeNull()
    expect(moveRow(doc, 'b', 1)).toBeNull()
  })

  test('indent and outdent renumber', () => {
    const doc = plan()
    indentRow(doc, 'c')
    expect(rows(doc)).toContain('1.2.1 c')
    outdentRow(doc, 'c')
    expect(rows(doc)).toContain('1.3 c')
    expect(indentRow(doc, 'a')).toBeNull()
  })
})

describe('drag and drop', () => {
  test('an item before or after another item, into another section, onto a section row', () => {
    const doc = plan()
    dropRow(doc, 'a', 'c', 'after')
    expect(rows(doc).slice(1, 4)).toEqual(['1.1 b', '1.2 c', '1.3 a'])
    dropRow(doc, 'a', 'd', 'before')
    expect(rows(doc).slice(-2)).toEqual(['2.1 a', '2.2 d'])
    dropRow(doc, 'd', 's1', 'after')
    expect(rows(doc)[1]).toBe('1.1 d')
  })

  test('sections reorder among sections', () => {
    const doc = plan()
    dropRow(doc, 's2', 's1', 'before')
    expect(readPlan(doc).sections.map(s => s.id)).toEqual(['s2', 's1'])
    dropRow(doc, 's2', 'b', 'before')
    expect(readPlan(doc).sections.map(s => s.id)).toEqual(['s1', 's2'])
  })

  test('an item cannot be dropped under itself', () => {
    const doc = plan()
    indentRow(doc, 'b')
    expect(dropPlacement(doc, 'a', 'b', 'after')).toBeNull()
    expect(dropPlacement(doc, 'a', 'a', 'after')).toBeNull()
    expect(dropPlacement(doc, 'b', 'a', 'after')).toEqual({ parentId: 's1', index: 1 })
  })
})

test('an orphan is put back at the end of a section', () => {
  const doc = plan()
  createNode(doc, { kind: NodeKind.item, parentId: 'gone', id: 'o', fields: { title: 'o' } })
  expect(readPlan(doc).orphans.map(o => o.id)).toEqual(['o'])
  moveIntoSection(doc, 'o', 's2')
  expect(readPlan(doc).orphans).toEqual([])
  expect(rows(doc).at(-1)).toBe('2.2 o')
})
