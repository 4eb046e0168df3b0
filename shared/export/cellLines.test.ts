import { expect, it } from 'vitest'
import { cellBlocks, cellLines } from './cellLines'

it('keeps every line, and reads «•», «-», «–» lines as bullets only where asked', () => {
  const text = 'Итог:\n• первое\n  -второе\n– третье\n-\n\nконец - не пункт'
  expect(cellLines(text, true)).toEqual([
    { kind: 'text', text: 'Итог:' },
    { kind: 'bullet', marker: '•', text: 'первое' },
    { kind: 'bullet', marker: '-', text: 'второе' },
    { kind: 'bullet', marker: '–', text: 'третье' },
    { kind: 'text', text: '-' },
    { kind: 'text', text: '' },
    { kind: 'text', text: 'конец - не пункт' },
  ])
  expect(cellLines(text, false).every((line) => line.kind === 'text')).toBe(true)
})

it('groups consecutive bullets into one list', () => {
  expect(cellBlocks('а\n• б\n- в\nг\n• д', true)).toEqual([
    { kind: 'text', text: 'а' },
    { kind: 'list', items: [{ marker: '•', text: 'б' }, { marker: '-', text: 'в' }] },
    { kind: 'text', text: 'г' },
    { kind: 'list', items: [{ marker: '•', text: 'д' }] },
  ])
})
