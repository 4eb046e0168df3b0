import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { applyImportedPlan } from '../../../shared/plan/applyImportedPlan'
import { importPlanText } from '../../../shared/plan/importPlanText'
import { createNode, indentNode, nodeText, planNodes, replaceText } from '../../../shared/plan/planDoc'
import { NodeKind } from '../../../shared/plan/planFields'
import { flattenItems, readPlan } from '../../../shared/plan/planSnapshot'
import { validatePlan, type PlanProblem } from '../../../shared/plan/validatePlan'
import { PlanValidator } from './PlanValidator'

const year = { startYear: 2023 }
const sorted = (list: PlanProblem[]) => list.map(p => JSON.stringify([p.nodeId, p.field, p.severity, p.message])).sort()

function samplePlan (): Y.Doc {
  const doc = new Y.Doc()
  applyImportedPlan(doc, importPlanText(readFileSync(new URL('../../../test/fixtures/plan-2021-2022-petrogradsky.txt', import.meta.url), 'utf8')))
  return doc
}

describe('PlanValidator gives what validatePlan gives', () => {
  test('on the sample plan, and again after edits to texts and to the shape', () => {
    const doc = samplePlan()
    const validator = new PlanValidator(year)
    const check = () => {
      const snapshot = readPlan(doc)
      expect(sorted(validator.validate(snapshot))).toEqual(sorted(validatePlan(snapshot, year)))
    }
    check()
    const items = flattenItems(readPlan(doc))
    replaceText(doc, items[0].id, 'timing', 'когда-нибудь')
    replaceText(doc, items[1].id, 'participants', 'около 40')
    replaceText(doc, items[2].id, 'actualDate', '31.12.2030')
    replaceText(doc, items[3].id, 'title', '')
    check()
    replaceText(doc, items[0].id, 'timing', 'октябрь 2024 г.')
    indentNode(doc, items[5].id)
    createNode(doc, { kind: NodeKind.item, parentId: 'missing', fields: { title: 'Потерянный', timing: 'не понять' } })
    createNode(doc, { kind: NodeKind.item, parentId: readPlan(doc).sections[1].id, sourceNumber: '2.', fields: { title: 'Повтор номера' } })
    check()
    planNodes(doc).delete(items[3].id)
    check()
  })

  test('an unchanged row is not checked again', () => {
    const doc = samplePlan()
    const validator = new PlanValidator(year)
    const first = validator.validate(readPlan(doc))
    const item = flattenItems(readPlan(doc))[4]
    nodeText(planNodes(doc).get(item.id)!, 'timing')!.insert(0, 'не ')
    const second = validator.validate(readPlan(doc))
    const others = (list: PlanProblem[]) => list.filter(p => p.nodeId !== item.id)
    // Same problem objects for every other row: they came from the cache.
    expect(others(second).every((p, i) => p === others(first)[i])).toBe(true)
  })
})
