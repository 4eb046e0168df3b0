import { describe, expect, test } from 'vitest'
import { parseTiming } from './parseTiming'
import { timingMessages } from './timingMessages'

const y2023 = { startYear: 2023 }
const y2021 = { startYear: 2021 }

describe('parseTiming: the phrase is kept as given', () => {
  test('raw keeps non-breaking spaces, line breaks, case and punctuation', () => {
    const raw = '  В течение\u00a0\n года. '
    const schedule = parseTiming(raw, y2023)
    expect(schedule.raw).toBe(raw)
    expect(schedule.kind).toBe('wholeYear')
  })

  test('an unparsed phrase is kept too', () => {
    expect(parseTiming('когда получится', y2023).raw).toBe('когда получится')
  })

  test('an empty phrase says the timing is missing, an unreadable one says it is not recognised', () => {
    expect(parseTiming('', y2023).warnings).toEqual([timingMessages.empty])
    expect(parseTiming('когда получится', y2023).warnings).toEqual([timingMessages.unrecognised])
  })
})

describe('parseTiming: ranges are the bars of the timeline', () => {
  test.each([
    ['октябрь, март, май', [['2023-10', '2023-10'], ['2024-03', '2024-03'], ['2024-05', '2024-05']]],
    ['октябрь - июнь', [['2023-10', '2024-06']]],
    ['август-октябрь', [['2023-08', '2023-10']]],
    ['ежемесячно', [['2023-09', '2024-08']]],
    ['в течение года', [['2023-09', '2024-08']]],
    ['10–12 октября', [['2023-10', '2023-10']]],
    ['I полугодие', [['2023-09', '2023-12']]],
    ['по графику ОУ', []],
    ['1 раз в 2 месяца, по необходимости', [['2023-09', '2024-08']]],
  ] as const)('«%s»', (phrase, expected) => {
    expect(parseTiming(phrase, y2023).ranges).toEqual(expected.map(([start, end]) => ({ start, end })))
  })

  test('a day range keeps its days', () => {
    expect(parseTiming('с 10 по 20 ноября', y2023).dayRanges).toEqual([{ start: '2023-11-10', end: '2023-11-20' }])
    expect(parseTiming('10, 17 октября', y2023).dayRanges).toEqual([
      { start: '2023-10-10', end: '2023-10-10' },
      { start: '2023-10-17', end: '2023-10-17' },
    ])
  })
})

describe('parseTiming: recurrence', () => {
  test.each([
    ['ежемесячно', { every: 1, unit: 'month', text: 'ежемесячно' }],
    ['Еженедельно', { every: 1, unit: 'week', text: 'Еженедельно' }],
    ['ежеквартально', { every: 1, unit: 'quarter', text: 'ежеквартально' }],
    ['ежегодно', { every: 1, unit: 'year', text: 'ежегодно' }],
    ['1 раз в 2 месяца', { every: 2, unit: 'month', timesPerUnit: 1, text: '1 раз в 2 месяца' }],
    ['не реже 1 раза в 2 месяца', { every: 2, unit: 'month', timesPerUnit: 1, bound: 'atLeast', text: 'не реже 1 раза в 2 месяца' }],
    ['не менее 1 раза в 3 месяца', { every: 3, unit: 'month', timesPerUnit: 1, bound: 'atLeast', text: 'не менее 1 раза в 3 месяца' }],
    ['не чаще 2 раза в год', { every: 1, unit: 'year', timesPerUnit: 2, bound: 'atMost', text: 'не чаще 2 раза в год' }],
    ['2 раза в год', { every: 1, unit: 'year', timesPerUnit: 2, text: '2 раза в год' }],
    ['1 раз в четверть', { every: 1, unit: 'quarter', timesPerUnit: 1, text: '1 раз в четверть' }],
    ['раз в месяц', { every: 1, unit: 'month', timesPerUnit: 1, text: 'раз в месяц' }],
    ['раз в полгода', { every: 1, unit: 'halfYear', timesPerUnit: 1, text: 'раз в полгода' }],
    ['1-2 раза в месяц', { every: 1, unit: 'month', timesPerUnit: 1, timesPerUnitMax: 2, text: '1-2 раза в месяц' }],
    ['ежемесячно с октября по май', { every: 1, unit: 'month', text: 'ежемесячно' }],
  ] as const)('«%s»', (phrase, expected) => {
    expect(parseTiming(phrase, y2023).recurrence).toEqual(expected)
  })

  test('a recurrence with an outside condition keeps both', () => {
    const schedule = parseTiming('1 раз в 2 месяца, по необходимости', y2021)
    expect(schedule).toMatchObject({
      kind: 'mixed',
      unparsed: false,
      recurrence: { every: 2, unit: 'month', timesPerUnit: 1 },
      external: 'по необходимости',
    })
    expect(schedule.months).toHaveLength(12)
    expect(schedule.months[0]).toBe('2021-09')
  })
})

describe('parseTiming: outside schedules', () => {
  test.each([
    ['по графику ОУ', 'по графику ОУ'],
    ['По графику конкурсов.', 'По графику конкурсов'],
    ['по плану\u00a0ИМЦ', 'по плану ИМЦ'],
    ['октябрь (по графику)', 'по графику'],
    ['по запросу; по согласованию', 'по запросу; по согласованию'],
  ])('«%s» → %s', (phrase, external) => {
    const schedule = parseTiming(phrase, y2023)
    expect(schedule.external).toBe(external)
    expect(schedule.unparsed).toBe(false)
  })

  test('a schedule read from the phrase has no external', () => {
    expect(parseTiming('октябрь', y2023).external).toBeUndefined()
  })
})

describe('parseTiming: the year window (1 August before … 31 August)', () => {
  test.each([
    ['26.08.2022', y2023, true],
    ['26.08.2022', y2021, false],
    ['октябрь 2024 г.', y2023, true],
    ['август 2023 г.', y2023, false],
    ['июль 2023 г.', y2023, true],
    ['01.09.2024', y2023, true],
    ['31.08.2024', y2023, false],
    ['10-17 февраля 2023 года', y2023, true],
    ['III квартал', y2023, true],
    ['в течение 2022-2023 учебного года', y2023, true],
    ['август', y2023, false],
    ['август-октябрь', y2023, false],
    ['июнь - октябрь', y2023, true],
    ['в течение года', y2023, false],
    ['по графику', y2023, false],
  ] as const)('«%s» in %j → outOfYear %s', (phrase, year, outOfYear) => {
    const schedule = parseTiming(phrase, year)
    expect(schedule.outOfYear).toBe(outOfYear)
    expect(schedule.warnings).toEqual(outOfYear ? [timingMessages.outOfYear] : [])
  })

  test('the message is the one people read', () => {
    expect(parseTiming('26.08.2022', y2023).warnings).toEqual(['Дата вне учебного года'])
  })

  test('«июнь - октябрь» keeps the forward rule and starts before the year', () => {
    expect(parseTiming('июнь - октябрь', y2023).ranges).toEqual([{ start: '2023-06', end: '2023-10' }])
  })
})

describe('parseTiming: total on any text (fixed seed)', () => {
  // Phrases glued from real vocabulary and junk: whatever comes out must be a
  // well-formed schedule, and an unparsed one must schedule nothing.
  const pieces = [
    'октябрь', 'мая', 'окт.', ' - ', '–', ',', ';', '(', ')', ' ', '\u00a0', '\n', 'с', 'по', 'до', 'в', 'течение',
    'года', '2024', 'г.', '10', '31', '01.10', '29.02.2023', 'раз', 'раза', '2', 'месяца', 'ежемесячно', 'I', 'IV',
    'полугодие', 'квартал', 'четверть', 'каникулы', 'осенние', 'графику', 'ОУ', 'необходимости', 'и', '№', '«', 'xyz',
  ]
  let seed = 20230901
  const random = (): number => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  test('2000 random phrases', () => {
    for (let i = 0; i < 2000; i++) {
      const length = 1 + Math.floor(random() * 6)
      const phrase = Array.from({ length }, () => pieces[Math.floor(random() * pieces.length)]).join(random() < 0.5 ? ' ' : '')
      const schedule = parseTiming(phrase, y2023)
      expect(schedule.raw).toBe(phrase)
      expect([...new Set(schedule.months)].sort(), phrase).toEqual(schedule.months)
      if (schedule.unparsed) expect(schedule.months.length + schedule.dates.length, phrase).toBe(0)
      for (const range of schedule.ranges) expect(range.start <= range.end, phrase).toBe(true)
    }
  })
})
