/**
 * Plans for the export and import tests: the real Petrogradsky plan
 * (test/fixtures) imported through the app's own path, and generated plans
 * of any size built from its texts.
 */
import { readFileSync } from 'node:fs'
import * as Y from 'yjs'
import { applyImportedPlan } from '../../../shared/plan/applyImportedPlan'
import { createNode } from '../../../shared/plan/planDoc'
import { NodeKind, type PlannedField } from '../../../shared/plan/planFields'
import { flattenItems, readPlan, type PlanNode, type PlanSnapshot } from '../../../shared/plan/planSnapshot'
import { importPlanText } from '../../../shared/plan/importPlanText'

const samplePath = new URL('../../../test/fixtures/plan-2021-2022-petrogradsky.txt', import.meta.url)

/** The sample plan as a board document: 4 sections, 31 items (1.1 … 4.8). */
export function sampleDoc (): Y.Doc {
  const doc = new Y.Doc()
  applyImportedPlan(doc, importPlanText(readFileSync(samplePath, 'utf8')))
  return doc
}

export function samplePlan (): PlanSnapshot {
  return readPlan(sampleDoc())
}

/** `items` items over sections of 25, every fifth with two sub-items, texts cycled from the sample. */
export function generatedPlan (items: number): PlanSnapshot {
  const source = flattenItems(samplePlan())
  const doc = new Y.Doc()
  let section = ''
  let parent = ''
  for (let i = 0; i < items; i++) {
    if (i % 25 === 0) section = createNode(doc, { kind: NodeKind.section, parentId: null, fields: { title: `Направление ${i / 25 + 1}` } })
    const { title, timing, audience, expectedResult } = source[i % source.length].fields
    const fields: Partial<Record<PlannedField, string>> = { title, timing, audience, expectedResult, responsible: 'Иванова И. И.', organisation: `ГБОУ № ${100 + (i % 90)}` }
    const underParent = i % 5 === 3 || i % 5 === 4
    const id = createNode(doc, { kind: NodeKind.item, parentId: underParent ? parent : section, fields })
    if (!underParent) parent = id
  }
  return readPlan(doc)
}

/** Sections' items and sub-items in display order. */
export function allItems (nodes: readonly PlanNode[]): PlanNode[] {
  return nodes.flatMap((node) => [node, ...allItems(node.children)])
}
