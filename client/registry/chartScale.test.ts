import { expect, test } from 'vitest'
import { formatDecimal, niceScale, ticks } from './chartScale'

test('the value axis ends on a round number above the largest value', () => {
  expect(niceScale(35.2)).toEqual({ top: 40, step: 10 })
  expect(ticks(niceScale(35.2))).toEqual([0, 10, 20, 30, 40])
  expect(niceScale(42)).toEqual({ top: 50, step: 10 })
  expect(niceScale(100)).toEqual({ top: 100, step: 20 })
  expect(niceScale(7)).toEqual({ top: 8, step: 2 })
  expect(niceScale(0)).toEqual({ top: 10, step: 5 })
  expect(ticks(niceScale(1.1))).toEqual([0, 0.25, 0.5, 0.75, 1, 1.25])
})

test('values are written with a decimal comma', () => {
  expect(formatDecimal(20.8)).toBe('20,8')
  expect(formatDecimal(15)).toBe('15')
  expect(formatDecimal(0.1 + 0.2)).toBe('0,3')
})
