import { expect, test } from 'vitest'
import { matchesSearch } from './matchesSearch'

const school = {
  id: 'o1',
  shortName: 'ГБОУ гимназия № 67',
  fullName: '',
  type: 'school' as const,
  statuses: [{ status: 'ЛОИ', topic: 'За рамки. Обучение вне стен классной комнаты', period: '2022–2024' }],
}

test('every word typed must be found in the names, statuses or topics, in any case', () => {
  expect(matchesSearch(school, '')).toBe(true)
  expect(matchesSearch(school, 'гимназия 67')).toBe(true)
  expect(matchesSearch(school, 'лои')).toBe(true)
  expect(matchesSearch(school, 'классной')).toBe(true)
  expect(matchesSearch(school, 'РИП')).toBe(false)
})
