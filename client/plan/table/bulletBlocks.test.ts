import { describe, expect, test } from 'vitest'
import { bulletBlocks, hasBullets } from './bulletBlocks'

describe('bulletBlocks', () => {
  test('runs of «•», «-» and «–» lines become one list; other lines stay text', () => {
    expect(bulletBlocks('Создание пространства для:\n- обсуждения\n• экспертизы\n– рефлексии\nИтог')).toEqual([
      { kind: 'text', text: 'Создание пространства для:' },
      { kind: 'list', items: ['обсуждения', 'экспертизы', 'рефлексии'] },
      { kind: 'text', text: 'Итог' },
    ])
  })

  test('plain text is one block, line breaks kept', () => {
    expect(bulletBlocks('первая строка\nвторая')).toEqual([{ kind: 'text', text: 'первая строка\nвторая' }])
    expect(hasBullets('первая строка\nвторая')).toBe(false)
  })

  test('a dash inside a line is not a bullet; a marker with no space is', () => {
    expect(bulletBlocks('образования, - конкретизации')).toEqual([{ kind: 'text', text: 'образования, - конкретизации' }])
    expect(bulletBlocks('•Повышение')).toEqual([{ kind: 'list', items: ['Повышение'] }])
    expect(hasBullets('текст\n  – пункт')).toBe(true)
  })

  test('an empty text is one empty text block', () => {
    expect(bulletBlocks('')).toEqual([{ kind: 'text', text: '' }])
  })
})
