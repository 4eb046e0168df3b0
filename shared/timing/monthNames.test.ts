import { describe, expect, test } from 'vitest'
import { academicMonthIndex, academicMonths, monthNominative, monthNumberOf, monthOfAcademicYear } from './monthNames'

describe('monthNumberOf', () => {
  test.each([
    ['январь', 1], ['января', 1], ['январе', 1], ['янв.', 1],
    ['февраль', 2], ['февр', 2], ['марта', 3], ['мар.', 3], ['апреле', 4],
    ['май', 5], ['мая', 5], ['мае', 5], ['июнь', 6], ['июля', 7], ['августе', 8], ['авг.', 8],
    ['сентября', 9], ['сент.', 9], ['сен', 9], ['ОКТЯБРЁМ', 10], ['окт.', 10], ['нояб.', 11], ['Декабре', 12],
  ] as const)('%s → %i', (word, month) => {
    expect(monthNumberOf(word)).toBe(month)
  })

  test.each(['ма', 'месяц', 'год', 'октябрьский', ''])('«%s» is not a month', word => {
    expect(monthNumberOf(word)).toBeUndefined()
  })

  test('every nominative name reads back to its month', () => {
    monthNominative.forEach((name, i) => expect(monthNumberOf(name)).toBe(i + 1))
  })
})

describe('academic-year order', () => {
  const year = { startYear: 2023 }

  test('academicMonths runs September … August', () => {
    expect(academicMonths(year)).toEqual([
      '2023-09', '2023-10', '2023-11', '2023-12', '2024-01', '2024-02',
      '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08',
    ])
  })

  test('monthOfAcademicYear applies the calendar rule', () => {
    expect(monthOfAcademicYear(9, year)).toBe('2023-09')
    expect(monthOfAcademicYear(12, year)).toBe('2023-12')
    expect(monthOfAcademicYear(1, year)).toBe('2024-01')
    expect(monthOfAcademicYear(8, year)).toBe('2024-08')
  })

  test('academicMonthIndex counts from September, -1 outside', () => {
    expect(academicMonthIndex('2023-09', year)).toBe(0)
    expect(academicMonthIndex('2024-08', year)).toBe(11)
    expect(academicMonthIndex('2023-08', year)).toBe(-1)
  })
})
