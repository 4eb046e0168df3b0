import { describe, expect, test } from 'vitest'
import { reportBlocks } from './reportBlocks'

describe('a version\'s report body as text', () => {
  test('paragraphs and list items in order; a generated block it cannot compute is named', () => {
    const body = [
      { type: 'paragraph', attrs: {}, content: [{ type: 'text' as const, text: 'Проведено ' }, { type: 'text' as const, text: '12 семинаров.' }] },
      { type: 'bulletList', attrs: {}, content: [{ type: 'listItem', attrs: {}, content: [{ type: 'paragraph', attrs: {}, content: [{ type: 'text' as const, text: 'ЛОИ' }] }] }] },
      { type: 'generatedBlock', attrs: { kind: 'eventsHeld' }, content: [] },
      { type: 'paragraph', attrs: {}, content: [] },
    ]
    expect(reportBlocks(body)).toEqual([{ kind: 'text', text: 'Проведено 12 семинаров.' }, { kind: 'text', text: 'ЛОИ' }, { kind: 'generated' }])
  })

  test('tables are tables: TipTap tables with their header row, typed tables with their columns', () => {
    const cell = (type: string, text: string) => ({ type, attrs: {}, content: [{ type: 'paragraph', attrs: {}, content: [{ type: 'text' as const, text }] }] })
    const body = [
      { type: 'table', attrs: {}, content: [
        { type: 'tableRow', attrs: {}, content: [cell('tableHeader', 'ОУ'), cell('tableHeader', 'Статус')] },
        { type: 'tableRow', attrs: {}, content: [cell('tableCell', 'ГБОУ № 1'), cell('tableCell', 'РИП')] },
      ] },
      { type: 'typedTable', attrs: { tableId: 't1' }, content: [] },
    ]
    const tables = { t1: { id: 't1', kind: 'tasks' as const, rows: [{ task: 'Задача 1', results: 'Сделано', problems: '' }] } }
    const blocks = reportBlocks(body, { tables: tables as never })
    expect(blocks[0]).toEqual({ kind: 'table', header: ['ОУ', 'Статус'], rows: [['ГБОУ № 1', 'РИП']] })
    expect(blocks[1]).toMatchObject({ kind: 'table', header: ['Задача', 'Результаты', 'Проблемы и перспективы'], rows: [['Задача 1', 'Сделано', '']] })
  })
})
