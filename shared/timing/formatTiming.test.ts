import { describe, expect, test } from 'vitest'
import { formatMonthRange } from './formatTiming'
import { parseTiming } from './parseTiming'
import { monthsInRange } from './yearMonth'

const y2023 = { startYear: 2023 }

describe('formatMonthRange', () => {
  test.each([
    ['2023-11', '2024-02', 'ноябрь – февраль'],
    ['2023-11', '2023-11', 'ноябрь'],
    ['2023-09', '2024-08', 'сентябрь – август'],
    ['2023-08', '2023-08', 'август 2023 г.'],
    ['2024-08', '2024-08', 'август'],
    ['2023-08', '2023-10', 'август – октябрь'],
    ['2024-06', '2024-08', 'июнь – август'],
    ['2023-08', '2024-08', 'август 2023 г. – август 2024 г.'],
    ['2024-09', '2024-10', 'сентябрь – октябрь 2024 г.'],
    ['2023-05', '2023-10', 'май – октябрь 2023 г.'],
    ['2024-10', '2024-10', 'октябрь 2024 г.'],
  ])('%s … %s in 2023–2024 → «%s»', (start, end, text) => {
    expect(formatMonthRange(start, end, y2023)).toBe(text)
  })

  test('without a year, the year is the one the end month belongs to', () => {
    expect(formatMonthRange('2023-11', '2024-02')).toBe('ноябрь – февраль')
    expect(formatMonthRange('2023-08', '2023-10')).toBe('август – октябрь')
    expect(formatMonthRange('2023-08', '2023-08')).toBe('август')
  })

  test('a range given in reverse is the same bar', () => {
    expect(formatMonthRange('2024-02', '2023-11', y2023)).toBe('ноябрь – февраль')
  })

  test('a malformed month is a programming error', () => {
    expect(() => formatMonthRange('2023-13', '2024-01', y2023)).toThrow(Error)
  })
})

describe('formatMonthRange round-trips through parseTiming', () => {
  // Every bar that can be drawn in the year's window: August before … August.
  const window = monthsInRange('2023-08', '2024-08')
  const bars = window.flatMap((start, i) => window.slice(i).map(end => [start, end] as const))

  test.each(bars)('%s … %s', (start, end) => {
    const text = formatMonthRange(start, end, y2023)
    const schedule = parseTiming(text, y2023)
    expect(schedule.unparsed).toBe(false)
    expect(schedule.months).toEqual(monthsInRange(start, end))
    expect(schedule.ranges).toEqual([{ start, end }])
  })

  test.each([2021, 2022, 2024])('every bar of %i–%i+1 reads back without a year given', startYear => {
    const months = monthsInRange(`${startYear}-09`, `${startYear + 1}-08`)
    for (const [i, start] of months.entries()) {
      for (const end of months.slice(i)) {
        const text = formatMonthRange(start, end)
        expect(parseTiming(text, { startYear }).months, text).toEqual(monthsInRange(start, end))
      }
    }
  })

  test('bars reaching past the year still read back', () => {
    for (const [start, end] of [['2023-05', '2023-10'], ['2024-07', '2024-12'], ['2022-09', '2024-05']] as const) {
      expect(parseTiming(formatMonthRange(start, end, y2023), y2023).months).toEqual(monthsInRange(start, end))
    }
  })
})
