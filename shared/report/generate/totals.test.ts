import { describe, expect, test } from 'vitest'
import { missingSectionText } from './planScope'
import { sampleInput } from './testInput'
import { totals } from './totals'

describe('totals by section', () => {
  test('held, participants of held items, moved, cancelled, still planned; a totals row', () => {
    const table = totals({}, sampleInput())
    expect(table.title).toBe('Итоги по разделам плана')
    expect(table.columns).toEqual(['Раздел', 'Проведено', 'Участников', 'Перенесено', 'Отменено', 'Запланировано'])
    expect(table.rows.map(row => row.cells)).toEqual([
      ['1. Повышение квалификации', '2', '35', '0', '1', '0'],
      ['2. Научно-методическое сопровождение', '2', '135', '1', '0', '2'],
      ['3. Информационная поддержка', '0', '—', '0', '0', '0'],
      ['Итого', '4', '170', '1', '1', '2'],
    ])
    expect(table.rows.map(row => row.total ?? false)).toEqual([false, false, false, true])
    expect(table.notes).toEqual(['Число участников не учтено в сумме (не целое число): 1.2 «Курсы ИКТ» — «около 40».'])
  })

  test('one section', () => {
    const input = sampleInput()
    expect(totals({ section: input.sections.support }, input).rows.map(row => row.cells)).toEqual([
      ['2. Научно-методическое сопровождение', '2', '135', '1', '0', '2'],
      ['Итого', '2', '135', '1', '0', '2'],
    ])
  })

  test('no sections, or a deleted one', () => {
    const input = sampleInput()
    const none = totals({}, { ...input, plan: { sections: [], orphans: [] } })
    expect(none.rows).toEqual([])
    expect(none.empty).toBe('В плане нет разделов.')
    expect(totals({ section: 'gone' }, input).empty).toBe(missingSectionText)
  })
})
