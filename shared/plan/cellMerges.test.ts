import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { cellMerges, mergedValue } from './cellMerges'
import { createNode, setMergedUp } from './planDoc'
import { NodeKind } from './planFields'
import { flattenRows, readPlan } from './planSnapshot'

describe('cellMerges', () => {
  it('runs a merged cell down over the rows below, ends it at a sub-heading, and ignores a flag with no item above', () => {
    const doc = new Y.Doc()
    const section = createNode(doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Раздел' } })
    const first = createNode(doc, { kind: NodeKind.item, parentId: section, fields: { title: 'А', expectedResult: 'общий итог' } })
    const second = createNode(doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Б' }, mergedUp: ['expectedResult'] })
    const third = createNode(doc, { kind: NodeKind.item, parentId: section, fields: { title: 'В', expectedResult: 'забытый текст' } })
    setMergedUp(doc, third, 'expectedResult', true)
    createNode(doc, { kind: NodeKind.subheading, parentId: section, fields: { title: 'Подзаголовок' } })
    const after = createNode(doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Г', expectedResult: 'свой' }, mergedUp: ['expectedResult'] })
    const rows = flattenRows(readPlan(doc))
    const merges = cellMerges(rows)
    expect(merges.get(first)?.expectedResult).toEqual({ role: 'start', rows: 3 })
    expect(merges.get(second)?.expectedResult).toEqual({ role: 'covered', startId: first })
    expect(merges.get(third)?.expectedResult).toEqual({ role: 'covered', startId: first })
    expect(merges.get(after)).toBeUndefined()
    const byId = new Map(rows.map((row) => [row.id, row]))
    expect(mergedValue(byId, merges, byId.get(third)!, 'expectedResult')).toBe('общий итог')
    expect(mergedValue(byId, merges, byId.get(after)!, 'expectedResult')).toBe('свой')
    // Numbers skip the sub-heading: 1.1, 1.2, 1.3, (sub-heading), 1.4.
    expect(rows.map((row) => row.number)).toEqual(['1', '1.1', '1.2', '1.3', '', '1.4'])
  })
})
