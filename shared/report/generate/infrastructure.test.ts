import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { createOrganisation, districtTotalText } from '../../registry/registryDoc'
import { readRegistry, type OrganisationData, type RegistryData } from '../../registry/registrySnapshot'
import { infrastructure } from './infrastructure'
import { emptyRegistry, sampleInput } from './testInput'

const nbsp = '\u00A0'

function registryDoc (): Y.Doc {
  const doc = new Y.Doc()
  createOrganisation(doc, {
    shortName: 'ГБОУ № 87',
    statuses: [
      { status: 'РИП', topic: 'Сетевое наставничество', period: '2021–2023' },
      { status: 'ЛОИ', topic: 'Функциональная грамотность', period: '2022–2024' },
    ],
  })
  createOrganisation(doc, { shortName: 'ГБДОУ № 5', type: 'kindergarten', statuses: [{ status: ' лои ', topic: 'Ранняя профориентация', period: '2020–2023' }] })
  createOrganisation(doc, { shortName: 'ДДТ', type: 'additional', statuses: [{ status: 'Ресурсный центр', topic: 'Техническое творчество' }] })
  createOrganisation(doc, { shortName: 'ГБОУ № 91', statuses: [{ status: 'Апробационная площадка', topic: 'ФОП ООО', period: '2023' }, { status: '  ' }] })
  createOrganisation(doc, { shortName: 'ГБОУ № 100' })
  return doc
}

describe('innovation infrastructure', () => {
  test('groups by status, known statuses first in their order, then others alphabetically; the share with a status', () => {
    const table = infrastructure(sampleInput(readRegistry(registryDoc())))
    expect(table.title).toBe('Инновационная инфраструктура')
    expect(table.columns).toEqual(['Статус', 'ОУ', 'Тема', 'Период'])
    expect(table.rows.map(row => [row.group ? 'group' : 'row', ...row.cells])).toEqual([
      ['group', `РИП (1 ОУ, 20${nbsp}%)`],
      ['row', 'РИП', 'ГБОУ № 87', 'Сетевое наставничество', '2021–2023'],
      ['group', `ЛОИ (2 ОУ, 40${nbsp}%)`],
      // The registry lists organisations by name: «ГБДОУ» before «ГБОУ».
      ['row', 'ЛОИ', 'ГБДОУ № 5', 'Ранняя профориентация', '2020–2023'],
      ['row', 'ЛОИ', 'ГБОУ № 87', 'Функциональная грамотность', '2022–2024'],
      ['group', `Апробационная площадка (1 ОУ, 20${nbsp}%)`],
      ['row', 'Апробационная площадка', 'ГБОУ № 91', 'ФОП ООО', '2023'],
      ['group', `Ресурсный центр (1 ОУ, 20${nbsp}%)`],
      ['row', 'Ресурсный центр', 'ДДТ', 'Техническое творчество', ''],
    ])
    // ГБОУ № 87 has two statuses and counts once; ГБОУ № 100 has none; the total is the registry's 5.
    expect(table.notes).toEqual([`Доля ОУ с инновационным статусом: 4 из 5 (80${nbsp}%)`])
    expect(table.empty).toBeUndefined()
  })

  test('27 of the district\'s 63 organisations → 43 %', () => {
    const organisations: OrganisationData[] = Array.from({ length: 30 }, (_, i) => ({
      id: `o${i}`,
      shortName: `ГБОУ № ${i + 1}`,
      fullName: '',
      type: 'school',
      statuses: i < 27 ? [{ status: 'ЛОИ', topic: `Тема ${i + 1}`, period: '' }] : [],
    }))
    const table = infrastructure(sampleInput({ ...emptyRegistry, organisations, districtTotal: '63' }))
    expect(table.rows[0]).toEqual({ cells: [`ЛОИ (27 ОУ, 43${nbsp}%)`], group: true })
    expect(table.rows).toHaveLength(28)
    expect(table.notes).toEqual([`Доля ОУ с инновационным статусом: 27 из 63 (43${nbsp}%)`])
  })

  test('a typed total that is not a positive whole number falls back to the registry\'s count, and says so', () => {
    const doc = registryDoc()
    districtTotalText(doc).insert(0, 'шестьдесят')
    expect(infrastructure(sampleInput(readRegistry(doc))).notes).toEqual([
      'Общее число ОУ района указано как «шестьдесят» — это не целое положительное число; взято число ОУ в реестре: 5.',
      `Доля ОУ с инновационным статусом: 4 из 5 (80${nbsp}%)`,
    ])
  })

  test('more organisations with a status than the typed total: computed, and flagged', () => {
    const registry: RegistryData = { ...readRegistry(registryDoc()), districtTotal: '3' }
    expect(infrastructure(sampleInput(registry)).notes).toEqual([
      `Доля ОУ с инновационным статусом: 4 из 3 (133${nbsp}%)`,
      'ОУ со статусом (4) больше, чем общее число ОУ района (3): проверьте общее число в реестре.',
    ])
  })

  test('a total of 0 is said, never divided by', () => {
    const table = infrastructure(sampleInput(emptyRegistry))
    expect(table.rows).toEqual([])
    expect(table.empty).toBe('Нет ОУ с инновационным статусом.')
    expect(table.notes).toEqual(['Доля ОУ с инновационным статусом: не рассчитана — в реестре нет ОУ, и общее число ОУ района не указано.'])
  })

  test('organisations without any status: 0 of N', () => {
    const registry: RegistryData = { ...emptyRegistry, organisations: [{ id: 'o1', shortName: 'ГБОУ № 1', fullName: '', type: 'school', statuses: [] }], districtTotal: '63' }
    const table = infrastructure(sampleInput(registry))
    expect(table.empty).toBe('Нет ОУ с инновационным статусом.')
    expect(table.notes).toEqual([`Доля ОУ с инновационным статусом: 0 из 63 (0${nbsp}%)`])
  })
})
