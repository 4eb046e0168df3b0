import { describe, expect, test } from 'vitest'
import { importRegistryText } from './importRegistryText'
import { registryImportMessages as messages } from './registryImportMessages'

// Lines as the Petrogradsky activity report and the innovation-site reports list their organisations.
const sentences = [
  'ГБОУ № 287 — РИП: «Формирование механизмов сетевого взаимодействия» (2021–2023)',
  '1. ГБДОУ детский сад № 93 (ЛОИ) «Школа для родителей», 2022-2024 гг.',
  '● ГБОУ гимназия № 70 — региональная инновационная площадка по теме «Школа как IT – полигон» (2023–2025)',
  'ГБОУ НОШ № 99 «СТАРТ» — ЛОИ, РСП: «Технология подготовки младших школьников к предметным олимпиадам»',
  'ГБДОУ детский сад «Кудесница» — РСП (сроком на 1 год)',
  'ДДТ Петроградского района — ЭП: «Сетевой проект» (2022–2024)',
  'ГБОУ школа-интернат № 20 — «Бицикл» (2022–2023)',
  'ГБОУ школа № 3',
  'ЦДЮТТ «Охта»; РБП',
  'ИМЦ Петроградского района; РИП; Формирование механизмов экспертизы; 2021–2024',
  'ГБОУ № 287 — ЛОИ: «Вторая тема»',
  'ОУ 20,67,75,86',
].join('\n')

describe('importRegistryText: sentences and short rows', () => {
  const result = importRegistryText(sentences)
  const named = (shortName: string) => result.organisations.find(org => org.shortName === shortName)

  test('every line is an organisation; a repeated one gains a status instead', () => {
    expect(result.organisations.map(org => org.shortName)).toEqual([
      'ГБОУ № 287', 'ГБДОУ детский сад № 93', 'ГБОУ гимназия № 70', 'ГБОУ НОШ № 99 «СТАРТ»',
      'ГБДОУ детский сад «Кудесница»', 'ДДТ Петроградского района', 'ГБОУ школа-интернат № 20', 'ГБОУ школа № 3',
      'ЦДЮТТ «Охта»', 'ИМЦ Петроградского района', 'ОУ 20,67,75,86',
    ])
    expect(result.lines).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12])
    expect(named('ГБОУ № 287')?.statuses).toEqual([
      { status: 'РИП', topic: 'Формирование механизмов сетевого взаимодействия', period: '2021–2023' },
      { status: 'ЛОИ', topic: 'Вторая тема', period: '' },
    ])
    expect(result.problems).toContainEqual({ line: 11, message: messages.repeated(1), text: 'ГБОУ № 287 — ЛОИ: «Вторая тема»' })
  })

  test('the type comes from the name', () => {
    expect(result.organisations.map(org => org.type)).toEqual([
      'school', 'kindergarten', 'school', 'school', 'kindergarten', 'additional', 'school', 'school', 'additional', 'imc', 'school',
    ])
  })

  test('status in parentheses, long forms, several codes, a period with «гг.» or words', () => {
    expect(named('ГБДОУ детский сад № 93')?.statuses).toEqual([{ status: 'ЛОИ', topic: 'Школа для родителей', period: '2022-2024 гг.' }])
    expect(named('ГБОУ гимназия № 70')?.statuses).toEqual([{ status: 'РИП', topic: 'Школа как IT – полигон', period: '2023–2025' }])
    expect(named('ГБОУ НОШ № 99 «СТАРТ»')?.statuses?.map(s => s.status)).toEqual(['ЛОИ', 'РСП'])
    expect(named('ГБДОУ детский сад «Кудесница»')?.statuses).toEqual([{ status: 'РСП', topic: '', period: 'сроком на 1 год' }])
    expect(named('ЦДЮТТ «Охта»')?.statuses).toEqual([{ status: 'РБП', topic: '', period: '' }])
    expect(named('ИМЦ Петроградского района')?.statuses).toEqual([{ status: 'РИП', topic: 'Формирование механизмов экспертизы', period: '2021–2024' }])
    expect(named('ГБОУ школа № 3')?.statuses).toEqual([])
  })

  test('guesses are reported line by line, in Russian', () => {
    const byLine = (line: number) => result.problems.filter(problem => problem.line === line).map(problem => problem.message)
    expect(byLine(6)).toEqual([messages.unknownStatus('ЭП')])
    expect(named('ДДТ Петроградского района')?.statuses?.[0].status).toBe('ЭП')
    expect(byLine(7)).toEqual([messages.noStatus])
    expect(named('ГБОУ школа-интернат № 20')?.statuses).toEqual([{ status: '', topic: 'Бицикл', period: '2022–2023' }])
    expect(byLine(12)).toEqual([messages.severalOrganisations])
    expect(byLine(8)).toEqual([])
  })
})

describe('importRegistryText: tables', () => {
  test('a header names the columns, in any order; empty cells stay empty', () => {
    const text = [
      'Наименование ОУ\tСтатус\tТема\tСрок реализации\tПолное наименование',
      'ГБОУ СОШ № 51\tЛОИ\tРабочий блокнот молодого учителя\t2022–2024\tГосударственное бюджетное общеобразовательное учреждение средняя общеобразовательная школа № 51 Петроградского района Санкт-Петербурга',
      'ГБОУ школа №25\tРИП\t«Потребительский программный пакет»\t2021-2023 гг.\t',
      'ГБОУ гимназия № 67\t\t\t\t',
    ].join('\r\n')
    const result = importRegistryText(text)
    expect(result.problems).toEqual([])
    expect(result.organisations).toEqual([
      {
        shortName: 'ГБОУ СОШ № 51',
        fullName: 'Государственное бюджетное общеобразовательное учреждение средняя общеобразовательная школа № 51 Петроградского района Санкт-Петербурга',
        type: 'school',
        statuses: [{ status: 'ЛОИ', topic: 'Рабочий блокнот молодого учителя', period: '2022–2024' }],
      },
      { shortName: 'ГБОУ школа №25', fullName: '', type: 'school', statuses: [{ status: 'РИП', topic: 'Потребительский программный пакет', period: '2021-2023 гг.' }] },
      { shortName: 'ГБОУ гимназия № 67', fullName: '', type: 'school', statuses: [] },
    ])
    expect(result.lines).toEqual([2, 3, 4])
  })

  test('without a header, five cells are read in the documented order and extra cells go to the topic', () => {
    const result = importRegistryText('ГБОУ лицей № 64\tГБОУ лицей № 64 Петроградского района\tПРИП\tТема\t2022\tпримечание')
    expect(result.organisations[0]).toEqual({
      shortName: 'ГБОУ лицей № 64',
      fullName: 'ГБОУ лицей № 64 Петроградского района',
      type: 'school',
      statuses: [{ status: 'ПРИП', topic: 'Тема; примечание', period: '2022' }],
    })
    expect(result.problems.map(problem => problem.message)).toEqual([messages.extraColumns(1), messages.unknownStatus('ПРИП')])
  })

  test('a row number in front and a topic with «;» inside quotes', () => {
    const result = importRegistryText('3; ГБДОУ детский сад № 2; ЛОИ; «Образовательный марафон «SMART-ГНОМ»; здоровьесбережение»; 2022-2023')
    expect(result.organisations[0]).toMatchObject({
      shortName: 'ГБДОУ детский сад № 2',
      statuses: [{ status: 'ЛОИ', topic: 'Образовательный марафон «SMART-ГНОМ»; здоровьесбережение', period: '2022-2023' }],
    })
  })

  test('a missing short name borrows the full name', () => {
    const result = importRegistryText('\tГБОУ средняя общеобразовательная школа № 80\tРСП')
    expect(result.organisations[0]).toMatchObject({ shortName: 'ГБОУ средняя общеобразовательная школа № 80', statuses: [{ status: 'РСП' }] })
    expect(result.problems.map(problem => problem.message)).toEqual([messages.noShortName])
  })
})

describe('importRegistryText: nothing is dropped', () => {
  test('a line that is not an organisation stays whole, with a problem', () => {
    const paragraph = 'Цель Форума: обеспечить среду для профессионального диалога руководителей, педагогов, экспертов образовательного сообщества Петроградского района о ценности любого педагогического, профессионального опыта как ресурса развития.'
    const result = importRegistryText(`\uFEFF${paragraph}\n\n\nППЦ Петроградского района`)
    expect(result.organisations.map(org => org.shortName)).toEqual([paragraph, 'ППЦ Петроградского района'])
    expect(result.organisations.map(org => org.type)).toEqual(['other', 'other'])
    expect(result.problems).toEqual([
      { line: 1, message: messages.unrecognised, text: paragraph },
      { line: 4, message: messages.unknownType, text: 'ППЦ Петроградского района' },
    ])
  })

  test('a status in a topic does not count, and a school numbered like a year is not a period', () => {
    const result = importRegistryText('ГБОУ школа № 2007 — «Опыт ЛОИ в районе»\nГБОУ школа № 2086')
    expect(result.organisations[0]).toMatchObject({ shortName: 'ГБОУ школа № 2007', statuses: [{ status: '', topic: 'Опыт ЛОИ в районе', period: '' }] })
    expect(result.organisations[1]).toMatchObject({ shortName: 'ГБОУ школа № 2086', statuses: [] })
  })

  test('empty text gives nothing', () => {
    expect(importRegistryText(' \n\t\n')).toEqual({ organisations: [], lines: [], problems: [] })
  })
})
