import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { createNode, nodeText, planNodes, setStatus } from './planDoc'
import { ItemStatus, NodeKind } from './planFields'
import { flattenRows, readPlan } from './planSnapshot'
import { rolloverPlan, shiftTimingYear } from './rolloverPlan'
import { validatePlan } from './validatePlan'

const y2023 = { startYear: 2023 }

describe('shiftTimingYear', () => {
  test('moves explicit years of the academic year forward, leaves month phrases alone', () => {
    expect(shiftTimingYear('10.10.2023', y2023)).toBe('10.10.2024')
    expect(shiftTimingYear('10-17 февраля 2024 года', y2023)).toBe('10-17 февраля 2025 года')
    expect(shiftTimingYear('до 01.10.23', y2023)).toBe('до 01.10.24')
    expect(shiftTimingYear('октябрь - июнь', y2023)).toBeNull()
    expect(shiftTimingYear('по графику ОУ № 2023', { startYear: 2030 })).toBeNull()
  })
})

describe('rolloverPlan', () => {
  test('copies structure and planned columns with the same ids; clears statuses and outcomes; flags moved dates', () => {
    const source = new Y.Doc()
    const section = createNode(source, { kind: NodeKind.section, parentId: null, fields: { title: 'Повышение квалификации' } })
    const a = createNode(source, { kind: NodeKind.item, parentId: section, fields: { title: 'Семинар', timing: 'октябрь - июнь', audience: 'педагоги' } })
    const b = createNode(source, { kind: NodeKind.item, parentId: section, fields: { title: 'Конференция', timing: '10.10.2023' } })
    const sub = createNode(source, { kind: NodeKind.item, parentId: b, fields: { title: 'Секция' } })
    setStatus(source, a, ItemStatus.done)
    nodeText(planNodes(source).get(a)!, 'participants')!.insert(0, '40')

    const target = new Y.Doc()
    expect(rolloverPlan(source, target, y2023)).toEqual({ sections: 1, items: 3, flagged: 1 })
    const rows = flattenRows(readPlan(target))
    expect(rows.map(r => [r.id, r.number, r.fields.title, r.fields.timing, r.status, r.fields.participants])).toEqual([
      [section, '1', 'Повышение квалификации', '', 'planned', ''],
      [a, '1.1', 'Семинар', 'октябрь - июнь', 'planned', ''],
      [b, '1.2', 'Конференция', '10.10.2024', 'planned', ''],
      [sub, '1.2.1', 'Секция', '', 'planned', ''],
    ])
    const warnings = validatePlan(readPlan(target), { startYear: 2024 }).filter(p => p.nodeId === b)
    expect(warnings.map(w => w.message)).toContain('Даты перенесены из прошлого учебного года: проверьте срок.')
  })
})
