import { describe, expect, test } from 'vitest'
import { eventsHeld } from './eventsHeld'
import { missingSectionText } from './planScope'
import { sampleInput } from './testInput'

const aroundForty = 'Число участников не учтено в сумме (не целое число): 1.2 «Курсы ИКТ» — «около 40».'

describe('events held', () => {
  test('done items by section, the actual date or else the timing, participants as typed and their valid sum', () => {
    const table = eventsHeld({}, sampleInput())
    expect(table.title).toBe('Проведённые мероприятия')
    expect(table.columns).toEqual(['№', 'Мероприятие', 'Дата проведения', 'Целевая аудитория', 'Участники'])
    expect(table.rows.map(({ cells, group, total }) => ({ cells, group, total }))).toEqual([
      { cells: ['1. Повышение квалификации'], group: true, total: undefined },
      { cells: ['1.1', 'Семинар для заместителей директоров', '12.10.2022', 'заместители директоров ОУ', '35'], group: undefined, total: undefined },
      { cells: ['1.2', 'Курсы ИКТ', 'ноябрь – декабрь', 'педагоги ОУ', 'около 40'], group: undefined, total: undefined },
      { cells: ['2. Научно-методическое сопровождение'], group: true, total: undefined },
      { cells: ['2.1', 'Районная конференция', '20.04.2023', 'руководители ОУ', '120'], group: undefined, total: undefined },
      { cells: ['2.1.1', 'Секция ДОУ', 'апрель', 'педагоги ДОУ', '15'], group: undefined, total: undefined },
      { cells: ['', 'Итого', '', '', '170'], group: undefined, total: true },
    ])
    expect(table.notes).toEqual([aroundForty])
    expect(table.empty).toBeUndefined()
  })

  test('rows point back to their plan nodes', () => {
    const input = sampleInput()
    const table = eventsHeld({}, input)
    expect(table.rows[0].nodeId).toBe(input.sections.training)
    expect(table.rows[1].nodeId).toBe(input.plan.sections[0].children[0].id)
    expect(table.rows.at(-1)?.nodeId).toBeUndefined()
  })

  test('params.section limits the table to one section', () => {
    const input = sampleInput()
    const table = eventsHeld({ section: input.sections.support }, input)
    expect(table.rows.map(row => row.cells)).toEqual([
      ['2. Научно-методическое сопровождение'],
      ['2.1', 'Районная конференция', '20.04.2023', 'руководители ОУ', '120'],
      ['2.1.1', 'Секция ДОУ', 'апрель', 'педагоги ДОУ', '15'],
      ['', 'Итого', '', '', '135'],
    ])
    expect(table.notes).toEqual([])
  })

  test('nothing held: no rows and the empty text', () => {
    const input = sampleInput()
    const table = eventsHeld({ section: input.sections.information }, input)
    expect(table.rows).toEqual([])
    expect(table.notes).toEqual([])
    expect(table.empty).toBe('Нет проведённых мероприятий.')
  })

  test('a deleted section is said so, not thrown', () => {
    const table = eventsHeld({ section: 'gone' }, sampleInput())
    expect(table.rows).toEqual([])
    expect(table.empty).toBe(missingSectionText)
  })

  test('when no held event has a valid count, the sum is «—», not 0', () => {
    const input = sampleInput()
    const table = eventsHeld({ section: input.sections.training }, {
      ...input,
      plan: { ...input.plan, sections: [{ ...input.plan.sections[0], children: input.plan.sections[0].children.slice(1) }] },
    })
    expect(table.rows.at(-1)?.cells).toEqual(['', 'Итого', '', '', '—'])
    expect(table.notes).toEqual([aroundForty])
  })
})
