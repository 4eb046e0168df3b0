import { describe, expect, test } from 'vitest'
import { timelineColumns } from './timelineColumns'
import { TimelineZoom, windowIndexOf, zoomWindows } from './timelineZoom'

const year = { startYear: 2023 }

describe('zoomWindows', () => {
  test('a year is one window', () => {
    expect(zoomWindows(timelineColumns(year, false), TimelineZoom.year)).toEqual([{ first: 0, last: 11 }])
  })

  test('quarters from September; the August before joins the first', () => {
    expect(zoomWindows(timelineColumns(year, false), TimelineZoom.quarter)).toEqual([
      { first: 0, last: 2 }, { first: 3, last: 5 }, { first: 6, last: 8 }, { first: 9, last: 11 },
    ])
    expect(zoomWindows(timelineColumns(year, true), TimelineZoom.quarter)).toEqual([
      { first: 0, last: 3 }, { first: 4, last: 6 }, { first: 7, last: 9 }, { first: 10, last: 12 },
    ])
  })

  test('a month per window', () => {
    expect(zoomWindows(timelineColumns(year, true), TimelineZoom.month)).toHaveLength(13)
  })

  test('the window showing a month, or the first', () => {
    const columns = timelineColumns(year, false)
    const quarters = zoomWindows(columns, TimelineZoom.quarter)
    expect(windowIndexOf(quarters, columns, '2024-01')).toBe(1)
    expect(windowIndexOf(quarters, columns, '2024-08')).toBe(3)
    expect(windowIndexOf(quarters, columns, '2025-01')).toBe(0)
  })
})
