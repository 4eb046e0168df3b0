import { expect, test } from 'vitest'
import { formatMoscowTime } from './formatMoscowTime'

test('shows hours and minutes in Moscow time', () => {
  expect(formatMoscowTime(new Date('2024-05-20T11:32:00Z'))).toBe('14:32')
  expect(formatMoscowTime(new Date('2024-12-31T21:05:00Z'))).toBe('00:05')
})
