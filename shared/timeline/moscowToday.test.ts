import { expect, test } from 'vitest'
import { moscowToday } from './moscowToday'

test('today is Moscow\'s date, whatever the machine\'s zone', () => {
  // 22:30 UTC on 31 August is already 1 September in Moscow (UTC+3).
  expect(moscowToday(new Date('2023-08-31T22:30:00Z'))).toBe('2023-09-01')
  expect(moscowToday(new Date('2023-08-31T20:30:00Z'))).toBe('2023-08-31')
})
