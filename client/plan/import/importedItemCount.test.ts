import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { importPlanText } from '../../../shared/plan/importPlanText'
import { importedItemCount } from './importedItemCount'

test('the sample plan has 31 items in 4 sections', () => {
  const plan = importPlanText(readFileSync(new URL('../../../test/fixtures/plan-2021-2022-petrogradsky.txt', import.meta.url), 'utf8'))
  expect(plan.sections).toHaveLength(4)
  expect(importedItemCount(plan)).toBe(31)
})
