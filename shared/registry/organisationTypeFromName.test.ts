import { expect, test } from 'vitest'
import { organisationTypeFromName } from './organisationTypeFromName'

test.each([
  ['ГБОУ СОШ № 51', 'school'],
  ['ГБОУ лицей № 64', 'school'],
  ['Гимназия № 67', 'school'],
  ['ОУ 20', 'school'],
  ['ГБДОУ детский сад № 93', 'kindergarten'],
  ['Детский сад «Кудесница»', 'kindergarten'],
  ['ДОУ 30', 'kindergarten'],
  ['ДДТ Петроградского района', 'additional'],
  ['ЦДЮТТ «Охта»', 'additional'],
  ['ГБУ ДО Дом детского творчества «Союз»', 'additional'],
  ['ГБОУ ДО ДДЮТ', 'additional'],
  ['ИМЦ Петроградского района', 'imc'],
  ['ППЦ', 'other'],
  ['Комитет по образованию', 'other'],
  ['Центр до 2024 года', 'other'],
])('%s → %s', (name, type) => {
  expect(organisationTypeFromName(name)).toBe(type)
})
