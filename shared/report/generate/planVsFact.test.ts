import { describe, expect, test } from 'vitest'
import { planVsFact } from './planVsFact'
import { sampleInput } from './testInput'

describe('plan vs fact', () => {
  test('every item whatever its status, with what was done, the reason and the action', () => {
    const table = planVsFact({}, sampleInput())
    expect(table.title).toBe('План и факт')
    expect(table.columns).toEqual(['№', 'Запланированное мероприятие', 'Что проведено фактически', 'Причины отклонения', 'Управленческие действия'])
    expect(table.rows.map(row => [row.group ? 'group' : 'item', ...row.cells])).toEqual([
      ['group', '1. Повышение квалификации'],
      ['item', '1.1', 'Семинар для заместителей директоров (октябрь)', 'Проведено', '', ''],
      ['item', '1.2', 'Курсы ИКТ (ноябрь – декабрь)', 'Проведено', '', ''],
      ['item', '1.3', 'Вебинар «Работа с детьми с ОВЗ» (март)', 'Отменено', 'Болезнь лектора', 'Перенесён на следующий учебный год'],
      ['group', '2. Научно-методическое сопровождение'],
      ['item', '2.1', 'Районная конференция (апрель)', 'Конференция «Сильные решения»: 6 секций', '', ''],
      ['item', '2.1.1', 'Секция ДОУ (апрель)', 'Проведено', '', ''],
      ['item', '2.2', 'Круглый стол (май)', 'Перенесено', 'Совпало с ГИА', 'Проведение в сентябре'],
      ['item', '2.3', 'Мастер-класс (по графику)', '—', '', ''],
      ['item', '2.4', 'Открытые уроки', '—', '', ''],
    ])
    expect(table.rows.some(row => row.total)).toBe(false)
    expect(table.notes).toEqual([])
    expect(table.empty).toBeUndefined()
  })

  test('one section, and a section with no items', () => {
    const input = sampleInput()
    expect(planVsFact({ section: input.sections.training }, input).rows.map(row => row.cells[0]))
      .toEqual(['1. Повышение квалификации', '1.1', '1.2', '1.3'])
    const empty = planVsFact({ section: input.sections.information }, input)
    expect(empty.rows).toEqual([])
    expect(empty.empty).toBe('В плане нет мероприятий.')
  })
})
