import { expect, test } from 'vitest'
import { nextYearLabel } from './nextYearLabel'

test('a new point of the dynamics suggests the next year in the same spelling', () => {
  expect(nextYearLabel('2019-2020')).toBe('2020-2021')
  expect(nextYearLabel('2022–2023')).toBe('2023–2024')
  expect(nextYearLabel('2022')).toBe('2023')
  expect(nextYearLabel('прошлый год')).toBe('')
  expect(nextYearLabel(undefined)).toBe('')
})
