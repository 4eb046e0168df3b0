import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { NodeKind } from '../plan/planFields'
import { createNode } from '../plan/planDoc'
import { readPlan } from '../plan/planSnapshot'
import { parseTiming } from '../timing/parseTiming'
import { buildTimeline, timelineRowOrder, usesLeadingMonth } from './timelineModel'

const year = { startYear: 2023 }

function plan (timings: string[][]): Y.Doc {
  const doc = new Y.Doc()
  timings.forEach((items, s) => {
    const section = createNode(doc, { kind: NodeKind.section, parentId: null, fields: { title: `Раздел ${s + 1}` } })
    for (const timing of items) createNode(doc, { kind: NodeKind.item, parentId: section, fields: { title: timing, timing } })
  })
  return doc
}

describe('buildTimeline', () => {
  test('a lane per section, a row per drawable item, the rest in «Без срока» in plan order', () => {
    const doc = plan([['октябрь - июнь', 'по графику ОУ', '10.10.2023'], ['непонятно что', 'ежемесячно']])
    const model = buildTimeline(readPlan(doc), year)
    expect(model.lanes.map(lane => lane.section.number)).toEqual(['1', '2'])
    expect(model.lanes[0].rows.map(row => row.item.number)).toEqual(['1.1', '1.3'])
    expect(model.lanes[1].rows.map(row => row.item.number)).toEqual(['2.2'])
    expect(model.unscheduled.map(row => row.item.fields.timing)).toEqual(['по графику ОУ', 'непонятно что'])
    expect(model.lanes.map(lane => lane.unscheduledCount)).toEqual([1, 1])
    expect(timelineRowOrder(model).map(row => row.item.number)).toEqual(['1.1', '1.3', '2.2', '1.2', '2.1'])
  })

  test('sub-items get rows of their own, after their parent', () => {
    const doc = plan([['сентябрь']])
    const [parent] = readPlan(doc).sections[0].children
    createNode(doc, { kind: NodeKind.item, parentId: parent.id, fields: { timing: 'май' } })
    const rows = buildTimeline(readPlan(doc), year).lanes[0].rows
    expect(rows.map(row => [row.item.number, row.marks[0]])).toEqual([
      ['1.1', { type: 'bar', start: '2023-09', end: '2023-09' }],
      ['1.1.1', { type: 'bar', start: '2024-05', end: '2024-05' }],
    ])
  })

  test('parses through the given parser (the view caches it)', () => {
    const seen: string[] = []
    buildTimeline(readPlan(plan([['май', 'июнь']])), year, (raw, y) => {
      seen.push(raw)
      return parseTiming(raw, y)
    })
    expect(seen).toEqual(['май', 'июнь'])
  })
})

describe('usesLeadingMonth', () => {
  test('only when something is drawn in the August before the year', () => {
    expect(usesLeadingMonth(buildTimeline(readPlan(plan([['август', 'сентябрь']])), year), year)).toBe(false)
    expect(usesLeadingMonth(buildTimeline(readPlan(plan([['август-октябрь']])), year), year)).toBe(true)
    expect(usesLeadingMonth(buildTimeline(readPlan(plan([['26.08.2023']])), year), year)).toBe(true)
  })
})
