import { describe, expect, it } from 'vitest'
import { derivedNumber, derivedNumbers, numberingDifference } from './derivedNumber'
import { importPlanRows, joinSectionTitle } from './importPlanRows'
import { columnForHeader } from './planColumns'

const header = ['№ п/п', 'Наименование мероприятия', 'Сроки проведения', 'Целевая аудитория', 'Ожидаемый результат']

describe('importPlanRows: hierarchy', () => {
  it('nests 4.12.1 and 4.12.2 under 4.12, and numbered section rows become sections', () => {
    const plan = importPlanRows([
      header,
      ['1.', 'Организация работы по нормативному обеспечению', '', '', ''],
      ['1.1', 'Совещание', 'август', 'руководители ОУ', 'План'],
      ['1.2', 'Открытые мероприятия инновационных площадок', 'по графику', 'педагоги', 'Опыт'],
      ['1.2.1', 'ГБОУ № 287', 'октябрь', 'педагоги', 'Урок'],
      ['1.2.2', 'ГБДОУ № 5', 'ноябрь', 'педагоги', 'Занятие'],
      ['1.3', 'Справка', 'июнь', 'КО', 'Отчёт'],
      ['2. Научно-методическое сопровождение', '', '', '', ''],
      ['2.1', 'Семинар', 'март', 'методисты', 'Материалы'],
    ])
    expect(plan.sections.map((s) => [s.sourceNumber, s.title])).toEqual([
      ['1.', 'Организация работы по нормативному обеспечению'],
      ['2.', 'Научно-методическое сопровождение'],
    ])
    const [first] = plan.sections
    expect(first.items.map((i) => i.sourceNumber)).toEqual(['1.1', '1.2', '1.3'])
    expect(first.items[1].children.map((i) => [i.sourceNumber, i.title])).toEqual([['1.2.1', 'ГБОУ № 287'], ['1.2.2', 'ГБДОУ № 5']])
    expect(plan.problems).toEqual([])
    expect(derivedNumbers(plan).map((e) => e.derived)).toEqual(['1', '1.1', '1.2', '1.2.1', '1.2.2', '1.3', '2', '2.1'])
  })

  it('reports each place where hierarchical source numbers differ from the derived ones', () => {
    const plan = importPlanRows([
      header,
      ['4. Организационно-методическое сопровождение', '', '', '', ''],
      ['4.12', 'Открытые мероприятия', 'по графику', 'педагоги', 'Опыт'],
      ['4.12.1', 'ГБОУ № 287', 'октябрь', 'педагоги', 'Урок'],
      ['4.12.2', 'ГБОУ № 80', 'ноябрь', 'педагоги', 'Урок'],
      ['4.12.4', 'ГБОУ № 91', 'декабрь', 'педагоги', 'Урок'],
    ])
    const [open] = plan.sections[0].items
    expect(open.children.map((i) => i.sourceNumber)).toEqual(['4.12.1', '4.12.2', '4.12.4'])
    expect(plan.problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'Раздел: номер 4 в источнике, по порядку 1'],
      [3, 'Номер 4.12 в источнике, по порядку 1.1'],
      [4, 'Номер 4.12.1 в источнике, по порядку 1.1.1'],
      [5, 'Номер 4.12.2 в источнике, по порядку 1.1.2'],
      [6, 'Номер 4.12.4 в источнике, по порядку 1.1.3'],
    ])
  })

  it('keeps flat numbers flat and reports a skipped or repeated number against the item index', () => {
    const plan = importPlanRows([
      header,
      ['Повышение квалификации', '', '', '', ''],
      ['1.', 'А', 'октябрь', 'педагоги', 'Р'],
      ['2)', 'Б', 'ноябрь', 'педагоги', 'Р'],
      ['2.', 'В', 'декабрь', 'педагоги', 'Р'],
      ['4', 'Г', 'январь', 'педагоги', 'Р'],
      ['6.', 'Д', 'февраль', 'педагоги', 'Р'],
    ])
    expect(plan.sections[0].items.map((i) => i.title)).toEqual(['А', 'Б', 'В', 'Г', 'Д'])
    expect(plan.sections[0].items.every((i) => i.children.length === 0)).toBe(true)
    expect(plan.problems.map((p) => [p.line, p.message, p.text])).toEqual([
      [5, 'Номер 2 в источнике, по порядку 3', '2.\tВ\tдекабрь\tпедагоги\tР'],
      [7, 'Номер 6 в источнике, по порядку 5', '6.\tД\tфевраль\tпедагоги\tР'],
    ])
  })
})

describe('importPlanRows: rows that are not items', () => {
  it('appends a continuation row to the previous item, cell by cell, with "\\n"', () => {
    const plan = importPlanRows([
      header,
      ['Аналитическая деятельность'],
      ['1.', 'Мониторинг эффективности', 'февраль-май', 'ИП', 'Выявление потенциала для'],
      ['', '', '', 'ОУ', 'реализации проектов РОС.'],
      ['', 'продуктов', '', '', ''],
    ])
    expect(plan.sections[0].items[0]).toMatchObject({
      title: 'Мониторинг эффективности\nпродуктов',
      timing: 'февраль-май',
      audience: 'ИП\nОУ',
      expectedResult: 'Выявление потенциала для\nреализации проектов РОС.',
      line: 3,
    })
    expect(plan.problems).toEqual([])
  })

  it('reads section rows: broken words, spanning text, a title pushed out before a restart', () => {
    const plan = importPlanRows([
      header,
      ['Повышен', 'ие квалификации', '-', '•', '-'],
      ['1.', 'Курсы', 'октябрь', 'педагоги', 'Компетенции'],
      ['Научно-методическое', 'сопровождение', '', '', ''],
      ['1.', 'Семинар', 'ноябрь', 'методисты', 'Материалы'],
      ['Аналитическая деятельность', '', '', '', ''],
      ['1.', 'Мониторинг', 'май', 'ИП', 'Справка'],
      ['', '', 'онная поддержка', '', ''],
      ['1.', 'Сайт', 'в течение года', 'ОУ', 'Открытость'],
    ])
    expect(plan.sections.map((s) => [s.title, s.items.length])).toEqual([
      ['Повышение квалификации', 1],
      ['Научно-методическое сопровождение', 1],
      ['Аналитическая деятельность', 1],
      ['онная поддержка', 1],
    ])
    expect(plan.problems.map((p) => p.line)).toEqual([2, 4, 8])
    expect(plan.problems[2].text).toBe('\t\tонная поддержка')
  })

  it('glues a word split across cells, spaces whole words, and asks the user to check either way', () => {
    expect(joinSectionTitle(['Аналитич', 'еская деятельность'])).toEqual({ title: 'Аналитическая деятельность', guessed: true })
    expect(joinSectionTitle(['Информаци', 'онная поддержка'])).toEqual({ title: 'Информационная поддержка', guessed: true })
    expect(joinSectionTitle(['Повышение', 'квалификации'])).toEqual({ title: 'Повышение квалификации', guessed: true })
    expect(joinSectionTitle(['Работа с', 'ОУ'])).toEqual({ title: 'Работа с ОУ', guessed: false })
    const plan = importPlanRows([header, ['Информационная', 'поддержка', '', '', ''], ['1.', 'Сайт', 'май', 'ОУ', 'Р']])
    expect(plan.sections[0].title).toBe('Информационная поддержка')
    expect(plan.problems.map((p) => p.message)).toEqual(['Название раздела собрано из разорванных ячеек: «Информационная поддержка»'])
  })

  it('reports an unrecognised row and keeps its text in the previous item (or as an item)', () => {
    const plan = importPlanRows([
      header,
      ['Примечание к разделу', 'согласовать', 'с КО', 'до', 'мая'],
      ['Повышение квалификации', '', '', '', ''],
      ['1.', 'Курсы', 'октябрь', 'педагоги', 'Компетенции'],
      ['см. приложение', 'Программа', 'по графику', 'слушатели', 'Удостоверения'],
    ])
    expect(plan.sections.map((s) => s.title)).toEqual(['', 'Повышение квалификации'])
    const [unnumbered] = plan.sections[0].items
    expect(unnumbered).toMatchObject({ title: 'Примечание к разделу\nсогласовать', timing: 'с КО', audience: 'до', expectedResult: 'мая' })
    expect(unnumbered.sourceNumber).toBeUndefined()
    expect(plan.sections[1].items[0]).toMatchObject({
      title: 'Курсы\nсм. приложение\nПрограмма', timing: 'октябрь\nпо графику', expectedResult: 'Компетенции\nУдостоверения',
    })
    expect(plan.problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'Пункты до первого раздела: создан раздел без названия'],
      [2, 'Строка не распознана (нет номера пункта): добавлена как пункт без номера'],
      [5, 'Строка не распознана (нет номера пункта): её текст добавлен к предыдущему пункту'],
    ])
  })
})

describe('importPlanRows: columns', () => {
  it('maps a header in another order, with «Участники», responsible and organiser columns', () => {
    const plan = importPlanRows([
      ['Сроки', '№', 'Участники', 'Наименование мероприятия', 'Ожидаемый результат', 'Ответственный', 'Организатор'],
      ['Аналитическая деятельность'],
      ['март', '1.', 'члены НМС', 'Заседание НМС', 'Протокол', 'Иванова И.И.', 'ГБОУ № 287'],
    ])
    expect(plan.title).toBeUndefined()
    expect(plan.sections[0].items[0]).toMatchObject({
      sourceNumber: '1.', title: 'Заседание НМС', timing: 'март', audience: 'члены НМС', expectedResult: 'Протокол',
      responsible: 'Иванова И.И.', organisation: 'ГБОУ № 287',
    })
    expect(plan.problems).toEqual([])
  })

  it('falls back to the official order without a header, and obeys explicit columns', () => {
    const rows = [['Раздел'], ['1.', 'Семинар', 'май', 'педагоги', 'Материалы']]
    expect(importPlanRows(rows).sections[0].items[0]).toMatchObject({ title: 'Семинар', timing: 'май', audience: 'педагоги' })
    const swapped = importPlanRows(rows, { columns: { number: 0, title: 1, audience: 2, timing: 3, expectedResult: 4 } })
    expect(swapped.sections[0].items[0]).toMatchObject({ timing: 'педагоги', audience: 'май' })
  })

  it('reads a table without a № column: a number may open the title, every full row is an item', () => {
    const plan = importPlanRows([
      ['Наименование мероприятия', 'Сроки', 'Участники', 'Ожидаемый результат'],
      ['1. Организация работы', '', '', ''],
      ['1.1 Совещание', 'август', 'руководители ОУ', 'План'],
      ['Консультации', 'в течение года', 'педагоги', 'Помощь'],
    ])
    expect(plan.sections.map((s) => [s.sourceNumber, s.title])).toEqual([['1.', 'Организация работы']])
    expect(plan.sections[0].items.map((i) => [i.sourceNumber, i.title, i.timing])).toEqual([
      ['1.1', 'Совещание', 'август'],
      [undefined, 'Консультации', 'в течение года'],
    ])
    expect(plan.problems).toEqual([])
  })

  it('keeps the text of an unknown column in the expected result and reports the column once', () => {
    const plan = importPlanRows([
      [...header, 'Примечание'],
      ['Раздел'],
      ['1.', 'Семинар', 'май', 'педагоги', 'Материалы', 'перенесён'],
      ['2.', 'Курсы', 'июнь', 'педагоги', 'Удостоверения', 'отменены'],
    ])
    expect(plan.sections[0].items.map((i) => i.expectedResult)).toEqual(['Материалы\nперенесён', 'Удостоверения\nотменены'])
    expect(plan.problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'Столбец «Примечание» не сопоставлен ни с одним полем: его текст добавлен к ожидаемому результату'],
    ])
  })

  it('recognises header wordings', () => {
    expect(['№ п.п', 'Наименование мероприятия', 'Сроки проведения', 'Целевая аудитория', 'Ожидаемый результат', 'Ответственные', 'ОУ']
      .map(columnForHeader)).toEqual(['number', 'title', 'timing', 'audience', 'expectedResult', 'responsible', 'organisation'])
  })
})

describe('derived numbers', () => {
  it('formats positions and compares a flat source with the item index only', () => {
    expect(derivedNumber([4, 12, 7])).toBe('4.12.7')
    expect(numberingDifference('3.', '2.3')).toBeUndefined()
    expect(numberingDifference('5.', '2.4')).toBe('4')
    expect(numberingDifference('2.3', '2.3')).toBeUndefined()
    expect(numberingDifference('1.3', '2.3')).toBe('2.3')
    expect(numberingDifference('4.12.3', '2.5')).toBe('2.5')
  })
})

describe('sub-headings and wide numbered rows (issue 10, item 1)', () => {
  const header = ['№', 'Наименование мероприятия', 'Сроки проведения', 'Целевая аудитория', 'Ожидаемый результат']
  it('an unnumbered full-width row between 4.11 and 4.12 is a sub-heading; 4.12 with a wide title is an item; numbers unchanged', () => {
    const plan = importPlanRows([
      header,
      ['4. Сопровождение инновационной деятельности'],
      ['4.11', 'Семинар', 'май', 'педагоги', 'Опыт'],
      ['Семинары по отдельным направлениям'],
      ['4.12', 'Открытые мероприятия площадок', '', '', ''],
      ['4.12.1', 'Мероприятие ГБОУ № 47', 'октябрь', 'педагоги', 'Опыт'],
      ['4.13', 'Конференция', 'апрель', 'ОУ', 'Сборник'],
    ])
    expect(plan.sections).toHaveLength(1)
    const rows = plan.sections[0].items.map((item) => [item.subheading ? 'subheading' : item.sourceNumber, item.title, item.children.length])
    expect(rows).toEqual([['4.11', 'Семинар', 0], ['subheading', 'Семинары по отдельным направлениям', 0], ['4.12', 'Открытые мероприятия площадок', 1], ['4.13', 'Конференция', 0]])
    expect(plan.problems.filter((p) => /в источнике/.test(p.message)).map((p) => p.message)).toEqual([
      'Раздел: номер 4 в источнике, по порядку 1', 'Номер 4.11 в источнике, по порядку 1.1', 'Номер 4.12 в источнике, по порядку 1.2', 'Номер 4.12.1 в источнике, по порядку 1.2.1', 'Номер 4.13 в источнике, по порядку 1.3',
    ])
  })

  it('a section numbered locally («11.», «12.») keeps a wide «12.» with sub-items as an item; a restart at 1 opens a new section', () => {
    const plan = importPlanRows([
      header,
      ['Повышение квалификации'],
      ['11.', 'Курсы', 'май', 'педагоги', 'Рост'],
      ['12.', 'Открытые мероприятия', '', '', ''],
      ['12.1', 'Занятие', 'май', 'педагоги', 'Опыт'],
      ['Подзаголовок внутри раздела'],
      ['13.', 'Форум', 'март', 'ОУ', 'Сборник'],
      ['Аналитическая деятельность'],
      ['1.', 'Мониторинг', 'апрель', 'ОУ', 'Справка'],
    ])
    expect(plan.sections.map((section) => section.title)).toEqual(['Повышение квалификации', 'Аналитическая деятельность'])
    expect(plan.sections[0].items.map((item) => item.subheading ? `— ${item.title}` : item.sourceNumber)).toEqual(['11.', '12.', '— Подзаголовок внутри раздела', '13.'])
  })
})
