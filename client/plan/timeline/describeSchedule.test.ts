import { expect, test } from 'vitest'
import { parseTiming } from '../../../shared/timing/parseTiming'
import { describeSchedule, russianDate } from './describeSchedule'

const year = { startYear: 2023 }
const describe = (raw: string) => describeSchedule(parseTiming(raw, year), year)

test('says how each family was understood', () => {
  expect(describe('окт.-дек.')).toBe('октябрь – декабрь')
  expect(describe('октябрь, март')).toBe('октябрь, март')
  expect(describe('10–12 октября')).toBe('10.10.2023 – 12.10.2023')
  expect(describe('в течение года')).toBe('весь учебный год')
  expect(describe('ежемесячно')).toContain('ежемесячно')
  expect(describe('по графику ОУ')).toBe('по графику ОУ')
})

test('nothing understood is null, so the card can say so', () => {
  expect(describe('непонятно что')).toBeNull()
})

test('russianDate', () => {
  expect(russianDate('2023-10-01')).toBe('01.10.2023')
})
