import { describe, expect, test } from 'vitest'
import { parseTiming } from './parseTiming'
import { scheduleSchema, type ScheduleKind } from './schedule'

const y2023 = { startYear: 2023 }
const y2021 = { startYear: 2021 }

/**
 * Expected months written by hand: "2023-10..2024-06" is every month from one to
 * the other, items are separated by commas. Expanded here, independently of the
 * code under test.
 */
function months (spec: string): string[] {
  if (spec === '') return []
  const all = spec.split(',').flatMap(item => {
    const [from, to = from] = item.trim().split('..')
    const out: string[] = []
    let [yy, mm] = from.split('-').map(Number)
    const [ty, tm] = to.split('-').map(Number)
    while (yy * 12 + mm <= ty * 12 + tm) {
      out.push(`${yy}-${String(mm).padStart(2, '0')}`)
      mm = mm === 12 ? 1 : mm + 1
      if (mm === 1) yy++
    }
    return out
  })
  return [...new Set(all)].sort()
}

const year2023 = '2023-09..2024-08'
const year2021 = '2021-09..2022-08'

/** [phrase, kind, months, exact days] for 2023–2024. */
type Row = [string, ScheduleKind, string, string?]

const rows2023: Row[] = [
  // month, range, list
  ['август', 'months', '2024-08'],
  ['в октябре', 'months', '2023-10'],
  ['Октябрь', 'months', '2023-10'],
  ['октябрь - июнь', 'months', '2023-10..2024-06'],
  ['сентябрь – март', 'months', '2023-09..2024-03'],
  ['апрель-май', 'months', '2024-04..2024-05'],
  ['июль -август', 'months', '2024-07..2024-08'],
  ['с октября по июнь', 'months', '2023-10..2024-06'],
  ['с октября до мая', 'months', '2023-10..2024-05'],
  ['февраль май', 'months', '2024-02..2024-05'],
  ['окт.–дек.', 'months', '2023-10..2023-12'],
  ['сент.-дек.', 'months', '2023-09..2023-12'],
  ['нояб.', 'months', '2023-11'],
  ['сентябрь- февраль', 'months', '2023-09..2024-02'],
  ['август-октябрь', 'months', '2023-08..2023-10'],
  ['июнь-август', 'months', '2024-06..2024-08'],
  ['ноябрь — февраль', 'months', '2023-11..2024-02'],
  ['ноябрь − февраль', 'months', '2023-11..2024-02'],
  ['ОКТЯБРЬ – НОЯБРЬ', 'months', '2023-10..2023-11'],
  ['декабрь – январь', 'months', '2023-12..2024-01'],
  ['в феврале\u00a0– марте', 'months', '2024-02..2024-03'],
  ['конец октября – начало ноября', 'months', '2023-10..2023-11'],
  ['в октябре месяце', 'months', '2023-10'],
  ['октябрь, март, май', 'months', '2023-10,2024-03,2024-05'],
  ['март, июнь', 'months', '2024-03,2024-06'],
  ['октябрь и ноябрь', 'months', '2023-10,2023-11'],
  ['октябрь; декабрь', 'months', '2023-10,2023-12'],
  ['сентябрь - октябрь, март - апрель', 'months', '2023-09..2023-10,2024-03..2024-04'],
  ['ориентировочно октябрь', 'months', '2023-10'],
  // an explicit year wins over the rule
  ['октябрь 2024 г.', 'months', '2024-10'],
  ['август 2023 г.', 'months', '2023-08'],
  ['февраль 2024', 'months', '2024-02'],
  ['ноябрь - февраль 2024 г.', 'months', '2023-11..2024-02'],
  ['октябрь 2023 г. – май 2024 г.', 'months', '2023-10..2024-05'],
  ['с октября 2023 по май', 'months', '2023-10..2024-05'],
  // exact days and day ranges
  ['10.10.2023', 'dates', '2023-10', '2023-10-10'],
  ['26.08.2022', 'dates', '2022-08', '2022-08-26'],
  ['до 01.10', 'dates', '2023-10', '2023-10-01'],
  ['15 октября', 'dates', '2023-10', '2023-10-15'],
  ['10–12 октября', 'dates', '2023-10', '2023-10-10,2023-10-12'],
  ['с 10 по 20 ноября', 'dates', '2023-11', '2023-11-10,2023-11-20'],
  ['10-17 февраля 2023 года', 'dates', '2023-02', '2023-02-10,2023-02-17'],
  ['28.10-05.11', 'dates', '2023-10..2023-11', '2023-10-28,2023-11-05'],
  ['30 октября – 3 ноября', 'dates', '2023-10..2023-11', '2023-10-30,2023-11-03'],
  ['с 01.10.2023 по 15.10.2023', 'dates', '2023-10', '2023-10-01,2023-10-15'],
  ['не позднее 01.09.2023', 'dates', '2023-09', '2023-09-01'],
  ['10.10.23', 'dates', '2023-10', '2023-10-10'],
  ['10, 17 и 24 октября', 'dates', '2023-10', '2023-10-10,2023-10-17,2023-10-24'],
  ['15 октября, 20 ноября', 'dates', '2023-10..2023-11', '2023-10-15,2023-11-20'],
  ['до 15 мая 2024 г.', 'dates', '2024-05', '2024-05-15'],
  ['28.08-05.09', 'dates', '2023-08..2023-09', '2023-08-28,2023-09-05'],
  ['29.02', 'dates', '2024-02', '2024-02-29'],
  // the whole year
  ['в течение года', 'wholeYear', year2023],
  ['в течение учебного года', 'wholeYear', year2023],
  ['постоянно', 'wholeYear', year2023],
  ['В теч. года.', 'wholeYear', year2023],
  ['в течение \n года', 'wholeYear', year2023],
  ['в течение\u00a0года', 'wholeYear', year2023],
  ['весь учебный год', 'wholeYear', year2023],
  ['в течение всего учебного года', 'wholeYear', year2023],
  ['в теч. уч. года', 'wholeYear', year2023],
  ['в течение 2023-2024 учебного года', 'wholeYear', year2023],
  // recurrence
  ['ежемесячно', 'recurring', year2023],
  ['Ежемесячно.', 'recurring', year2023],
  ['ежеквартально', 'recurring', year2023],
  ['еженедельно', 'recurring', year2023],
  ['ежегодно', 'recurring', year2023],
  ['1 раз в 2 месяца', 'recurring', year2023],
  ['не реже 1 раза в 2 месяца', 'recurring', year2023],
  ['не менее 1 раза в 3 месяца', 'recurring', year2023],
  ['2 раза в год', 'recurring', year2023],
  ['1 раз в четверть', 'recurring', year2023],
  ['раз в месяц', 'recurring', year2023],
  ['дважды в год', 'recurring', year2023],
  ['1-2 раза в месяц', 'recurring', year2023],
  ['каждую неделю', 'recurring', year2023],
  ['ежемесячно в течение года', 'recurring', year2023],
  ['ежемесячно с октября по май', 'recurring', '2023-10..2024-05'],
  ['ежемесячно (октябрь - май)', 'recurring', '2023-10..2024-05'],
  ['2 раза в год: октябрь, апрель', 'recurring', '2023-10,2024-04'],
  // school and calendar periods
  ['I полугодие', 'period', '2023-09..2023-12'],
  ['II полугодие', 'period', '2024-01..2024-05'],
  ['во II полугодии', 'period', '2024-01..2024-05'],
  ['в течение I полугодия', 'period', '2023-09..2023-12'],
  ['1-е полугодие', 'period', '2023-09..2023-12'],
  ['I четверть', 'period', '2023-09..2023-10'],
  ['II четверть', 'period', '2023-11..2023-12'],
  ['III четверть', 'period', '2024-01..2024-03'],
  ['IV четверть', 'period', '2024-04..2024-05'],
  ['1-я четверть', 'period', '2023-09..2023-10'],
  ['осенние каникулы', 'period', '2023-10..2023-11'],
  ['в период осенних каникул', 'period', '2023-10..2023-11'],
  ['зимние каникулы', 'period', '2023-12..2024-01'],
  ['весенние каникулы', 'period', '2024-03'],
  ['летние каникулы', 'period', '2024-06..2024-08'],
  ['начало учебного года', 'period', '2023-09'],
  ['в начале учебного года', 'period', '2023-09'],
  ['конец учебного года', 'period', '2024-05'],
  ['IV квартал', 'period', '2023-10..2023-12'],
  ['I квартал', 'period', '2024-01..2024-03'],
  ['II квартал', 'period', '2024-04..2024-06'],
  ['III квартал', 'period', '2024-07..2024-09'],
  ['IV квартал 2024 г.', 'period', '2024-10..2024-12'],
  ['2024 г.', 'period', '2024-01..2024-08'],
  ['2023 г.', 'period', '2023-09..2023-12'],
  ['в летний период', 'period', '2024-06..2024-08'],
  // outside schedule, on demand
  ['по графику', 'external', ''],
  ['по графику ОУ', 'external', ''],
  ['по графику конкурсов', 'external', ''],
  ['по плану работы ГБОУ № 287', 'external', ''],
  ['по необходимости', 'external', ''],
  ['по запросу', 'external', ''],
  ['по согласованию', 'external', ''],
  ['по мере необходимости', 'external', ''],
  ['Согласно плану КО', 'external', ''],
  // combinations
  ['1 раз в 2 месяца, по необходимости', 'mixed', year2023],
  ['октябрь (по графику)', 'mixed', '2023-10'],
  ['в течение года, по запросу', 'mixed', year2023],
  ['октябрь, 15 ноября', 'mixed', '2023-10..2023-11', '2023-11-15'],
]

describe('parseTiming: every family, 2023–2024', () => {
  test.each(rows2023)('«%s» → %s %s', (phrase, kind, expectedMonths, expectedDates = '') => {
    const schedule = parseTiming(phrase, y2023)
    expect(schedule.unparsed).toBe(false)
    expect(schedule.kind).toBe(kind)
    expect(schedule.months).toEqual(months(expectedMonths))
    expect(schedule.dates).toEqual(expectedDates === '' ? [] : expectedDates.split(','))
    expect(schedule.raw).toBe(phrase)
  })
})

const rows2021: Row[] = [
  ['октябрь - июнь', 'months', '2021-10..2022-06'],
  ['август', 'months', '2022-08'],
  ['август-октябрь', 'months', '2021-08..2021-10'],
  ['26.08.2022', 'dates', '2022-08', '2022-08-26'],
  ['10-17 февраля 2022 года', 'dates', '2022-02', '2022-02-10,2022-02-17'],
  ['до 01.10', 'dates', '2021-10', '2021-10-01'],
  ['в течение года', 'wholeYear', year2021],
  ['2 раза в год', 'recurring', year2021],
  ['IV квартал', 'period', '2021-10..2021-12'],
  ['зимние каникулы', 'period', '2021-12..2022-01'],
]

describe('parseTiming: 2021–2022', () => {
  test.each(rows2021)('«%s» → %s %s', (phrase, kind, expectedMonths, expectedDates = '') => {
    const schedule = parseTiming(phrase, y2021)
    expect(schedule.kind).toBe(kind)
    expect(schedule.months).toEqual(months(expectedMonths))
    expect(schedule.dates).toEqual(expectedDates === '' ? [] : expectedDates.split(','))
    expect(schedule.outOfYear).toBe(false)
  })
})

// Never guess: a phrase not read in full is kept as written and left unscheduled.
const unreadable = [
  '', '   ', '-', 'что-то', 'октябрь ноябрь декабрь', 'октябрь или ноябрь', 'с октября', 'до октября',
  'по четвергам', 'октябрь, по четвергам', '31.02', '30.02.2024', '15.00', 'май 2024 – октябрь 2023',
  'I полугодие 2024 г.', 'ориентировочно', 'в каникулы', 'весь месяц', 'V четверть', 'в течение месяца',
  'ежемесячно и', 'и октябрь', 'октябрь и и ноябрь',
]

describe('parseTiming: unreadable phrases', () => {
  test.each(unreadable)('«%s» is unparsed', phrase => {
    const schedule = parseTiming(phrase, y2023)
    expect(schedule).toMatchObject({ raw: phrase, unparsed: true, kind: 'unparsed', months: [], dates: [], ranges: [] })
    expect(schedule.warnings).toHaveLength(1)
  })
})

describe('parseTiming: every result is a valid Schedule', () => {
  test.each([...rows2023.map(r => r[0]), ...unreadable])('«%s»', phrase => {
    const schedule = parseTiming(phrase, y2023)
    expect(scheduleSchema.parse(schedule)).toEqual(schedule)
    expect([...new Set(schedule.months)].sort()).toEqual(schedule.months)
    expect(JSON.parse(JSON.stringify(schedule))).toEqual(schedule)
  })
})
