import { expect, test } from 'vitest'
import { districtTotal, registryCounts } from './registryCounts'

test('an organisation counts as having a status once a status is filled in', () => {
  expect(registryCounts([
    { statuses: [{ status: 'РИП', topic: '', period: '' }] },
    { statuses: [{ status: ' ', topic: 'Тема без статуса', period: '' }] },
    { statuses: [] },
  ])).toEqual({ organisations: 3, withStatus: 1 })
})

test('the district total: as typed when it is a positive whole number, else the registry count stands in or nothing', () => {
  expect(districtTotal('', 12)).toEqual({ value: 12, typed: false, valid: true })
  expect(districtTotal('', 0)).toEqual({ value: null, typed: false, valid: true })
  expect(districtTotal(' 63 ', 12)).toEqual({ value: 63, typed: true, valid: true })
  for (const typed of ['0', '63,5', '-3', 'шестьдесят три', '6 3']) {
    expect(districtTotal(typed, 12), typed).toEqual({ value: null, typed: true, valid: false })
  }
})
