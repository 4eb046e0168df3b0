import { expect, test } from 'vitest'
import { isPeriodText, periodAtEnd } from './periodText'

test('periods as documents write them, and what is not a period', () => {
  for (const text of ['2021–2023', '2021-2023 гг.', 'с 2022 года', 'до 2024 г.', '2022/2023 уч. г.', '01.09.2021 – 31.08.2024', 'сроком на 3 года']) {
    expect(isPeriodText(text), text).toBe(true)
  }
  for (const text of ['ГБОУ школа № 2007', 'Тема 2022 года', 'РИП', '']) {
    expect(isPeriodText(text), text).toBe(false)
  }
})

test('a period at the end of a line, in parentheses or after a comma', () => {
  expect(periodAtEnd('«Тема» (2021–2023)')).toEqual({ start: 7, period: '2021–2023' })
  expect(periodAtEnd('«Тема», 2022-2024 гг.')).toEqual({ start: 8, period: '2022-2024 гг.' })
  expect(periodAtEnd('«Тема» (проект)')).toBeNull()
  expect(periodAtEnd('ГБОУ школа № 2007')).toBeNull()
})
