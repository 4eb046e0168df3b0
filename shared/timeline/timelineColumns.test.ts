import { describe, expect, test } from 'vitest'
import { LEADING_MONTH_SCALE, leadingMonth, timelineColumns } from './timelineColumns'

const year = { startYear: 2023 }

describe('timelineColumns', () => {
  test('September to August, each as wide as its days, edge to edge', () => {
    const columns = timelineColumns(year, false)
    expect(columns.map(c => c.month)).toEqual([
      '2023-09', '2023-10', '2023-11', '2023-12', '2024-01', '2024-02',
      '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08',
    ])
    expect(columns.map(c => c.width)).toEqual([30, 31, 30, 31, 31, 29, 31, 30, 31, 30, 31, 31])
    columns.slice(1).forEach((c, i) => expect(c.start).toBe(columns[i].start + columns[i].width))
    expect(columns.some(c => c.leading)).toBe(false)
  })

  test('the August before the year leads, narrow, only when asked for', () => {
    const columns = timelineColumns(year, true)
    expect(columns).toHaveLength(13)
    expect(columns[0]).toEqual({ month: '2023-08', days: 31, start: 0, width: 31 * LEADING_MONTH_SCALE, leading: true })
    expect(columns[1].start).toBe(31 * LEADING_MONTH_SCALE)
    expect(leadingMonth(year)).toBe('2023-08')
  })

  test('February has 28 days in a common year', () => {
    expect(timelineColumns({ startYear: 2022 }, false).find(c => c.month === '2023-02')?.days).toBe(28)
  })
})
