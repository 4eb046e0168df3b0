import { describe, expect, test } from 'vitest'
import { formatMoscowDateTime, moscowDayMonth } from './formatMoscowDateTime'

describe('review dates', () => {
  test('are Moscow dates and times', () => {
    expect(formatMoscowDateTime('2024-05-12T21:32:00Z')).toBe('13.05.2024, 00:32')
    expect(moscowDayMonth(new Date('2024-05-14T22:10:00Z'))).toBe('15.05')
  })

  test('an unreadable date is shown as it came', () => {
    expect(formatMoscowDateTime('вчера')).toBe('вчера')
  })
})
