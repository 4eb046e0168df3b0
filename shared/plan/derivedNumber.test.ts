/**
 * One numbering rule (derivedNumber.childNumbers): the numbers the import
 * reports against (derivedNumbers of the imported data) are the numbers the
 * live plan shows once that import is applied (readPlan), sub-headings and
 * nested items included. If either side grew its own rule, this would differ.
 */
import { expect, test } from 'vitest'
import * as Y from 'yjs'
import { applyImportedPlan } from './applyImportedPlan'
import { derivedNumbers } from './derivedNumber'
import type { ImportedItem, ImportedPlan } from './importedPlan'
import { NodeKind } from './planFields'
import { flattenRows, readPlan } from './planSnapshot'

const item = (title: string, children: ImportedItem[] = [], subheading = false): ImportedItem =>
  ({ title, timing: '', audience: '', expectedResult: '', children, line: 1, ...(subheading ? { subheading: true as const } : {}) })

test('the import and the live plan number the same tree alike', () => {
  const plan: ImportedPlan = {
    sections: [
      { title: 'Первый', line: 1, items: [item('А'), item('Б', [item('Б1'), item('Б2', [item('Б2а')])]), item('Подзаголовок', [], true), item('В')] },
      { title: 'Второй', line: 1, items: [] },
      { title: 'Третий', line: 1, items: [item('Подзаголовок сразу', [], true), item('Г')] },
    ],
    problems: [],
  }
  const imported = derivedNumbers(plan).map((entry) => `${entry.derived} ${entry.node.title}`)
  expect(imported).toEqual(['1 Первый', '1.1 А', '1.2 Б', '1.2.1 Б1', '1.2.2 Б2', '1.2.2.1 Б2а', '1.3 В', '2 Второй', '3 Третий', '3.1 Г'])

  const doc = new Y.Doc()
  applyImportedPlan(doc, plan)
  const live = flattenRows(readPlan(doc)).filter((node) => node.kind !== NodeKind.subheading).map((node) => `${node.number} ${node.fields.title}`)
  expect(live).toEqual(imported)
})
