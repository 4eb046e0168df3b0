import { describe, expect, test } from 'vitest'
import { timelineColumns } from './timelineColumns'
import { columnIndexAt, columnSpan, dayX, daySpan, monthAt, monthSpan, pointX, timelineWindow } from './timelineLayout'

const year = { startYear: 2023 }
const columns = timelineColumns(year, false)
const total = columns.reduce((sum, c) => sum + c.width, 0) // 366: 2024 is a leap year
const whole = timelineWindow(columns)

describe('positions on the whole year', () => {
  test('columns are proportional to their days', () => {
    expect(total).toBe(366)
    expect(columnSpan(whole, '2023-09')).toEqual({ left: 0, right: 30 / 366, clippedStart: false, clippedEnd: false })
    const october = columnSpan(whole, '2023-10')!
    expect(october.right - october.left).toBeCloseTo(31 / 366)
    expect(columnSpan(whole, '2024-08')!.right).toBe(1)
  })

  test('a day sits inside its own month, never drifting across a header', () => {
    expect(dayX(whole, '2023-09-01')).toBeCloseTo(0.5 / 366)
    expect(dayX(whole, '2023-10-10')).toBeCloseTo((30 + 9.5) / 366)
    const october = columnSpan(whole, '2023-10')!
    for (let day = 1; day <= 31; day++) {
      const x = dayX(whole, `2023-10-${String(day).padStart(2, '0')}`)!
      expect(x).toBeGreaterThan(october.left)
      expect(x).toBeLessThan(october.right)
    }
  })

  test('a day range covers its first day to the end of its last', () => {
    const span = daySpan(whole, '2023-10-10', '2023-10-12')!
    expect(span.left).toBeCloseTo(39 / 366)
    expect(span.right).toBeCloseTo(42 / 366)
  })

  test('a month range runs from its first month\'s start to its last month\'s end', () => {
    const span = monthSpan(whole, '2023-10', '2024-06')!
    expect(span.left).toBeCloseTo(30 / 366)
    expect(span.right).toBeCloseTo((366 - 31 - 31) / 366)
  })

  test('outside the window: clipped, or nothing at all', () => {
    expect(dayX(whole, '2024-09-01')).toBeNull()
    expect(monthSpan(whole, '2024-09', '2024-10')).toBeNull()
    expect(monthSpan(whole, '2023-06', '2023-08')).toBeNull()
    expect(monthSpan(whole, '2023-08', '2023-10')).toMatchObject({ left: 0, clippedStart: true, clippedEnd: false })
    expect(pointX(whole, '2023-08', 3)).toBe(-Infinity)
    expect(pointX(whole, '2024-10', 3)).toBe(Infinity)
  })
})

describe('a zoomed window', () => {
  const quarter = timelineWindow(columns, 3, 5) // December, January, February
  test('its months fill it, proportionally', () => {
    expect(columnSpan(quarter, '2023-12')).toEqual({ left: 0, right: 31 / 91, clippedStart: false, clippedEnd: false })
    expect(columnSpan(quarter, '2024-02')!.right).toBe(1)
    expect(columnSpan(quarter, '2023-11')).toBeNull()
  })

  test('a bar across its edges is clipped and says so', () => {
    expect(monthSpan(quarter, '2023-10', '2024-06')).toEqual({ left: 0, right: 1, clippedStart: true, clippedEnd: true })
  })

  test('the month under the pointer, for drags', () => {
    expect(monthAt(quarter, 0)).toBe('2023-12')
    expect(monthAt(quarter, 31 / 91 - 0.001)).toBe('2023-12')
    expect(monthAt(quarter, 31 / 91 + 0.001)).toBe('2024-01')
    expect(monthAt(quarter, 0.999)).toBe('2024-02')
    // Past an edge the drag stops at the edge month.
    expect(columnIndexAt(quarter, -0.5)).toBe(0)
    expect(columnIndexAt(quarter, 1.5)).toBe(2)
  })
})

describe('with the leading August', () => {
  const withAugust = timelineColumns(year, true)
  const window = timelineWindow(withAugust)
  test('its days are positioned within its narrow column', () => {
    const august = columnSpan(window, '2023-08')!
    expect(august.left).toBe(0)
    expect(august.right).toBeCloseTo(15.5 / 381.5)
    expect(dayX(window, '2023-08-31')).toBeLessThan(august.right)
    expect(monthAt(window, august.right / 2)).toBe('2023-08')
  })
})
