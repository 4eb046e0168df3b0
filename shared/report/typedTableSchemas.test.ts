import { describe, expect, test } from 'vitest'
import { cellMessages, validateCell, validateTypedRow } from './typedTableSchemas'

describe('typed table cells', () => {
  test('an empty cell is fine for every type', () => {
    for (const type of ['text', 'number', 'date', 'url'] as const) {
      expect(validateCell(type, '')).toBeNull()
      expect(validateCell(type, '  ')).toBeNull()
    }
  })

  test('text takes anything', () => {
    expect(validateCell('text', 'около 40 <b>')).toBeNull()
  })

  test('number: a whole non-negative number only', () => {
    expect(validateCell('number', '72')).toBeNull()
    expect(validateCell('number', ' 0 ')).toBeNull()
    for (const text of ['около 40', '4,5', '-3', '1e3', '72 ч.']) {
      expect(validateCell('number', text)).toBe('Только цифры: целое неотрицательное число')
    }
  })

  test('date: «15.09.2022» or «15.09.22»; a real day', () => {
    for (const text of ['15.09.2022', '15.09.22', '1.9.2022', '29.02.2024', '15.09.2022 г.']) expect(validateCell('date', text)).toBeNull()
    for (const text of ['сентябрь', '15.09', '10-12.10.2022', '2022-09-15', '31.09.2022', '29.02.2023', '15.13.2022', '00.09.2022']) {
      expect(validateCell('date', text)).toBe('Дата указывается как 15.09.2022')
    }
  })

  test('url: http and https only', () => {
    expect(validateCell('url', 'http://inn.pimc.spb.ru/2023/%D0%9F.pdf')).toBeNull()
    expect(validateCell('url', 'https://imc.example.ru/konkurs')).toBeNull()
    for (const text of ['inn.pimc.spb.ru', 'ftp://imc.example.ru/a', 'javascript:alert(1)', 'https://', 'https://imc example.ru']) {
      expect(validateCell('url', text)).toBe(cellMessages.url)
    }
  })

  test('the text is never changed: validation only reads it', () => {
    const row = { date: ' 15.09.2022 ', participants: 'около 40' }
    const copy = { ...row }
    validateTypedRow('meetings', row)
    expect(row).toEqual(copy)
  })
})

describe('typed rows', () => {
  test('messages by column key, only where there is one', () => {
    expect(validateTypedRow('meetings', { date: 'в сентябре', category: 'заместители директоров', questions: '', participants: 'около 40' })).toEqual({
      date: 'Дата указывается как 15.09.2022',
      participants: 'Только цифры: целое неотрицательное число',
    })
    expect(validateTypedRow('programmes', { programme: 'ИКТ', hours: '72', trained: '25' })).toEqual({})
    expect(validateTypedRow('competitions', { link: 'inn.pimc.spb.ru' })).toEqual({ link: cellMessages.url })
    expect(validateTypedRow('expertise', {})).toEqual({})
  })
})
