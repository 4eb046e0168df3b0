import { describe, expect, test } from 'vitest'
import { parseTiming } from '../timing/parseTiming'
import { FixedReason, markTouches, scheduleMarks } from './timelineMarks'

const year = { startYear: 2023 }
const marksOf = (raw: string) => scheduleMarks(parseTiming(raw, year), year)

describe('scheduleMarks: one family each', () => {
  test('a month range is one draggable bar', () => {
    expect(marksOf('октябрь - июнь')).toEqual({
      marks: [{ type: 'bar', start: '2023-10', end: '2024-06' }],
      draggable: { start: '2023-10', end: '2024-06' },
      fixedReason: null,
      unscheduled: false,
    })
  })

  test('a list of months is a bar each, not draggable', () => {
    const result = marksOf('октябрь, март, май')
    expect(result.marks.map(m => m.type)).toEqual(['bar', 'bar', 'bar'])
    expect(result.draggable).toBeNull()
    expect(result.fixedReason).toBe(FixedReason.severalRanges)
  })

  test('exact days are dots', () => {
    expect(marksOf('10.10.2023').marks).toEqual([{ type: 'dot', start: '2023-10-10', end: '2023-10-10' }])
    expect(marksOf('10–12 октября').marks).toEqual([{ type: 'dot', start: '2023-10-10', end: '2023-10-12' }])
    expect(marksOf('10.10.2023').fixedReason).toBe(FixedReason.dates)
  })

  test('a recurrence is a tick per month', () => {
    const result = marksOf('ежемесячно')
    expect(result.marks).toHaveLength(12)
    expect(result.marks.every(m => m.type === 'tick')).toBe(true)
    expect(marksOf('ежемесячно: октябрь-май').marks).toHaveLength(8)
    expect(result.fixedReason).toBe(FixedReason.recurring)
  })

  test('the whole year is a band; a school period a hatched one', () => {
    expect(marksOf('в течение года').marks).toEqual([{ type: 'band', start: '2023-09', end: '2024-08', period: false }])
    expect(marksOf('I полугодие').marks).toEqual([{ type: 'band', start: '2023-09', end: '2023-12', period: true }])
  })

  test('an outside schedule and an unread phrase go to «Без срока»', () => {
    for (const raw of ['по графику ОУ', 'по запросу', 'непонятно что', '']) {
      expect(marksOf(raw)).toMatchObject({ marks: [], unscheduled: true, draggable: null })
    }
  })

  test('a month outside the year is drawn but not dragged', () => {
    const result = marksOf('октябрь 2024 г.')
    expect(result.marks).toEqual([{ type: 'bar', start: '2024-10', end: '2024-10' }])
    expect(result.fixedReason).toBe(FixedReason.outOfYear)
  })
})

describe('scheduleMarks: combinations', () => {
  test('a month and a day: a bar and a dot, the day\'s month not drawn twice', () => {
    expect(marksOf('октябрь, 10.12.2023').marks).toEqual([
      { type: 'dot', start: '2023-12-10', end: '2023-12-10' },
      { type: 'bar', start: '2023-10', end: '2023-10' },
    ])
  })

  test('a month with an outside schedule still draws its month', () => {
    expect(marksOf('октябрь, по графику').marks).toEqual([{ type: 'bar', start: '2023-10', end: '2023-10' }])
    expect(marksOf('октябрь, по графику').fixedReason).toBe(FixedReason.mixed)
  })

  test('the whole year on demand is a band; a recurrence on demand ticks', () => {
    expect(marksOf('в течение года, по запросу').marks).toEqual([{ type: 'band', start: '2023-09', end: '2024-08', period: false }])
    expect(marksOf('1 раз в 2 месяца, по необходимости').marks.every(m => m.type === 'tick')).toBe(true)
  })
})

test('markTouches', () => {
  expect(markTouches({ type: 'bar', start: '2023-08', end: '2023-10' }, '2023-08')).toBe(true)
  expect(markTouches({ type: 'dot', start: '2023-08-30', end: '2023-09-02' }, '2023-09')).toBe(true)
  expect(markTouches({ type: 'tick', month: '2023-09' }, '2023-08')).toBe(false)
})
