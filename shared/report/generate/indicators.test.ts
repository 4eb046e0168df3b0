import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { createIndicator, districtTotalText } from '../../registry/registryDoc'
import { readRegistry } from '../../registry/registrySnapshot'
import { indicators } from './indicators'
import { emptyRegistry, sampleInput } from './testInput'

const nbsp = '\u00A0'

function registryDoc (): Y.Doc {
  const doc = new Y.Doc()
  districtTotalText(doc).insert(0, '63')
  createIndicator(doc, {
    id: 'i1',
    name: 'Доля районных ИП − ЛОИ',
    count: '27',
    history: [
      { year: '2018-2019', value: '20,8' },
      { year: '2019-2020', value: '19.5' },
      { year: '2020-2021', value: '15' },
      { year: '2021-2022', value: '26 %' },
      { year: '2022-2023', value: '35,2 %' },
    ],
  })
  createIndicator(doc, { id: 'i2', name: 'Доля ФИП', count: '0', history: [{ year: '2022-2023', value: '0' }] })
  createIndicator(doc, {
    id: 'i3',
    name: 'Доля ОУ-участников конкурсов',
    count: 'около 16',
    history: [{ year: '2021-2022', value: '12' }, { year: '2022-2023', value: 'н/д' }, { year: '2023-2024', value: '' }],
  })
  createIndicator(doc, { id: 'i4', name: 'Доля стажировочных площадок', count: '' })
  return doc
}

describe('effectiveness indicators', () => {
  test('count and share of the district total; invalid counts as typed with «—» and a note; dynamics as a chart series', () => {
    const registry = readRegistry(registryDoc())
    // Indicators created in one millisecond tie on order and fall back to id: ids follow the entry order here.
    expect(registry.indicators.map(i => i.id)).toEqual(['i1', 'i2', 'i3', 'i4'])
    const table = indicators(sampleInput(registry))
    expect(table.title).toBe('Показатели эффективности')
    expect(table.columns).toEqual(['Показатель', 'Количество', 'Доля, %'])
    expect(table.rows).toEqual([
      { cells: ['Доля районных ИП − ЛОИ', '27', `43${nbsp}%`] },
      { cells: ['Доля ФИП', '0', `0${nbsp}%`] },
      { cells: ['Доля ОУ-участников конкурсов', 'около 16', '—'] },
      { cells: ['Доля стажировочных площадок', '', '—'] },
    ])
    expect(table.notes).toEqual([
      'Доля — от общего числа ОУ района (всего — 63).',
      'Показатель «Доля ОУ-участников конкурсов»: количество «около 16» — не целое число, доля не рассчитана.',
      'Показатель «Доля стажировочных площадок»: количество не указано.',
      'Показатель «Доля ОУ-участников конкурсов», 2022-2023: значение «н/д» — не число, в динамику не включено.',
    ])
    // 20,8 → 19,5 → 15 → 26 → 35,2; an indicator with fewer than two valid points has no chart.
    expect(table.charts).toEqual([{
      title: 'Доля районных ИП − ЛОИ',
      points: [
        { label: '2018-2019', value: 20.8 },
        { label: '2019-2020', value: 19.5 },
        { label: '2020-2021', value: 15 },
        { label: '2021-2022', value: 26 },
        { label: '2022-2023', value: 35.2 },
      ],
    }])
    expect(table.empty).toBeUndefined()
  })

  test('the registry\'s count is the total when none is typed: 1 of 8 → 13 %', () => {
    const organisations = Array.from({ length: 8 }, (_, i) => ({ id: `o${i}`, shortName: `ГБОУ № ${i}`, fullName: '', type: 'school' as const, statuses: [] }))
    const table = indicators(sampleInput({
      organisations,
      indicators: [{ id: 'i1', name: 'Доля ФИП', count: '1', history: [] }],
      districtTotal: '',
    }))
    expect(table.rows).toEqual([{ cells: ['Доля ФИП', '1', `13${nbsp}%`] }])
    expect(table.notes).toEqual(['Доля — от общего числа ОУ района (всего — 8).'])
    expect(table.charts).toEqual([])
  })

  test('a total of 0: counts shown, no share, and why', () => {
    const table = indicators(sampleInput({ ...emptyRegistry, indicators: [{ id: 'i1', name: 'Доля ФИП', count: '2', history: [] }] }))
    expect(table.rows).toEqual([{ cells: ['Доля ФИП', '2', '—'] }])
    expect(table.notes).toEqual(['Доля не рассчитана: в реестре нет ОУ, и общее число ОУ района не указано.'])
  })

  test('no indicators', () => {
    const table = indicators(sampleInput(emptyRegistry))
    expect(table.rows).toEqual([])
    expect(table.empty).toBe('Показатели не заданы.')
  })
})
