/**
 * Every «Сроки проведения» phrase of the real plan (Petrogradsky district,
 * 2021–2022), with its months written by hand.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { parseTiming } from './parseTiming'
import type { ScheduleKind } from './schedule'

const year = { startYear: 2021 }
const fixture = readFileSync(new URL('../../test/fixtures/plan-2021-2022-petrogradsky.txt', import.meta.url), 'utf8')
const rows = fixture.split(/\r?\n/).map(line => line.split('\t'))

// Item rows start with their number («1.», «10»); section headers split across
// cells («Повышен | ие квалификации | - …») and continuation lines of long
// cells have no number and carry no timing.
const itemRows = rows.filter(cells => /^\d+\.?$/.test(cells[0]?.trim() ?? '') && (cells[2] ?? '').trim() !== '')
const phrases = [...new Set(itemRows.map(cells => cells[2]))]

const all = '2021-09,2021-10,2021-11,2021-12,2022-01,2022-02,2022-03,2022-04,2022-05,2022-06,2022-07,2022-08'

const expected: Record<string, [ScheduleKind, string]> = {
  'октябрь - июнь': ['months', '2021-10,2021-11,2021-12,2022-01,2022-02,2022-03,2022-04,2022-05,2022-06'],
  'ежемесячно': ['recurring', all],
  'по графику ОУ': ['external', ''],
  'в течение года': ['wholeYear', all],
  'сентябрь – март': ['months', '2021-09,2021-10,2021-11,2021-12,2022-01,2022-02,2022-03'],
  'октябрь-январь': ['months', '2021-10,2021-11,2021-12,2022-01'],
  'ноябрь - февраль': ['months', '2021-11,2021-12,2022-01,2022-02'],
  'июнь-август': ['months', '2022-06,2022-07,2022-08'],
  'август': ['months', '2022-08'],
  'август-октябрь': ['months', '2021-08,2021-09,2021-10'],
  'по графику конкурсов': ['external', ''],
  'март, июнь': ['months', '2022-03,2022-06'],
  'сентябрь - апрель': ['months', '2021-09,2021-10,2021-11,2021-12,2022-01,2022-02,2022-03,2022-04'],
  'ноябрь - апрель': ['months', '2021-11,2021-12,2022-01,2022-02,2022-03,2022-04'],
  'апрель': ['months', '2022-04'],
  'январь-апрель': ['months', '2022-01,2022-02,2022-03,2022-04'],
  'февраль-март': ['months', '2022-02,2022-03'],
  'октябрь, март, май': ['months', '2021-10,2022-03,2022-05'],
  '1 раз в 2 месяца, по необходимости': ['mixed', all],
  'февраль-май': ['months', '2022-02,2022-03,2022-04,2022-05'],
  'март - июнь': ['months', '2022-03,2022-04,2022-05,2022-06'],
  'май - июнь': ['months', '2022-05,2022-06'],
  'февраль март': ['months', '2022-02,2022-03'],
  'октябрь - ноябрь': ['months', '2021-10,2021-11'],
  'ноябрь-декабрь': ['months', '2021-11,2021-12'],
}

describe('the sample plan 2021–2022', () => {
  test('every phrase of the sample is in the table (and no other)', () => {
    expect([...phrases].sort()).toEqual(Object.keys(expected).sort())
  })

  test.each(phrases)('«%s»', phrase => {
    const [kind, months] = expected[phrase]
    const schedule = parseTiming(phrase, year)
    expect(schedule.unparsed).toBe(false)
    expect(schedule.kind).toBe(kind)
    expect(schedule.months).toEqual(months === '' ? [] : months.split(','))
    expect(schedule.dates).toEqual([])
    expect(schedule.outOfYear).toBe(false)
  })

  test('the cut-off section headers in the timing column are not taken for timings', () => {
    // «Повышен | ие квалификации | - | • | -» and «… | онная поддержка | …»
    expect(parseTiming('-', year).unparsed).toBe(true)
    expect(parseTiming('онная поддержка', year).unparsed).toBe(true)
  })
})
