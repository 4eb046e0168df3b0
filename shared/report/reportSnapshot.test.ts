import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { addTypedRow, createReportSection, createTypedTable, reportSections, sectionBody } from './reportDoc'
import { readReport, type ReportSectionSnapshot } from './reportSnapshot'
import { seedReportTemplate } from './reportTemplate'

const flatten = (sections: ReportSectionSnapshot[]): ReportSectionSnapshot[] =>
  sections.flatMap(section => [section, ...flatten(section.children)])

describe('readReport', () => {
  test('the seeded template: numbered tree, titles, block nodes with their attributes, typed tables', () => {
    const doc = new Y.Doc()
    seedReportTemplate(doc)
    const report = readReport(doc)
    expect(flatten(report.sections).map(s => `${s.number} ${s.title}`)).toEqual([
      '1 Краткий анализ решения задач',
      '2 Реализация ДПП',
      '3 Научно-методическое сопровождение',
      '3.1 Информационные совещания',
      '3.2 Инновационная инфраструктура',
      '3.3 Конференции и семинары',
      '3.4 Конкурсы',
      '3.5 Экспертиза',
      '3.6 План и факт',
      '3.7 Показатели эффективности',
      '4 Задачи на следующий учебный год',
    ])
    expect(report.orphans).toEqual([])

    const [tasks, , support] = report.sections
    expect(tasks.body[0]).toEqual({
      type: 'paragraph', attrs: {}, content: [{ type: 'text', text: 'Задачи года и результаты их решения.' }],
    })
    const tasksTable = tasks.body[1]
    expect(tasksTable).toMatchObject({ type: 'typedTable', content: [] })
    const tableId = 'attrs' in tasksTable ? String(tasksTable.attrs.tableId) : ''
    expect(report.tables[tableId]).toEqual({ id: tableId, kind: 'tasks', rows: [{ task: '', results: '', problems: '' }] })
    expect(Object.values(report.tables).map(t => t.kind).sort()).toEqual(['competitions', 'expertise', 'meetings', 'programmes', 'tasks'])

    expect(support.body).toEqual([{ type: 'generatedBlock', attrs: { kind: 'totals', params: '{}' }, content: [] }])
    expect(support.children.map(child => child.body[0])).toEqual([
      { type: 'typedTable', attrs: { tableId: expect.any(String) }, content: [] },
      { type: 'generatedBlock', attrs: { kind: 'infrastructure', params: '{}' }, content: [] },
      { type: 'generatedBlock', attrs: { kind: 'events-held', params: '{}' }, content: [] },
      { type: 'typedTable', attrs: { tableId: expect.any(String) }, content: [] },
      { type: 'typedTable', attrs: { tableId: expect.any(String) }, content: [] },
      { type: 'generatedBlock', attrs: { kind: 'plan-vs-fact', params: '{}' }, content: [] },
      { type: 'generatedBlock', attrs: { kind: 'indicators', params: '{}' }, content: [] },
    ])
    expect(report.sections[3].body).toEqual([{ type: 'paragraph', attrs: {}, content: [] }])
  })

  test('text runs carry their marks; a heading keeps its level; hashed mark names lose the hash', () => {
    const doc = new Y.Doc()
    const id = createReportSection(doc, { title: 'Итоги' })
    const body = sectionBody(reportSections(doc).get(id)!)!
    const heading = new Y.XmlElement('heading')
    const paragraph = new Y.XmlElement('paragraph')
    const text = new Y.XmlText()
    body.insert(0, [heading, paragraph])
    heading.setAttribute('level', 2 as unknown as string)
    heading.insert(0, [new Y.XmlText('Выводы')])
    paragraph.insert(0, [text])
    // The shape y-prosemirror writes: a mark is an attribute named after it, holding its attrs.
    text.applyDelta([
      { insert: 'Проведено ' },
      { insert: '27', attributes: { bold: {} } },
      { insert: ' мероприятий, ' },
      { insert: 'отчёт', attributes: { link: { href: 'https://imc.example.ru/otchet' }, 'comment--AbCd1234': { id: 'c1' } } },
    ])
    const list = new Y.XmlElement('bulletList')
    const item = new Y.XmlElement('listItem')
    const inner = new Y.XmlElement('paragraph')
    body.insert(2, [list])
    list.insert(0, [item])
    item.insert(0, [inner])
    inner.insert(0, [new Y.XmlText('пункт')])

    expect(readReport(doc).sections[0]).toEqual({
      id,
      number: '1',
      title: 'Итоги',
      children: [],
      body: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Выводы' }] },
        {
          type: 'paragraph',
          attrs: {},
          content: [
            { type: 'text', text: 'Проведено ' },
            { type: 'text', text: '27', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' мероприятий, ' },
            {
              type: 'text',
              text: 'отчёт',
              marks: [{ type: 'link', attrs: { href: 'https://imc.example.ru/otchet' } }, { type: 'comment', attrs: { id: 'c1' } }],
            },
          ],
        },
        {
          type: 'bulletList',
          attrs: {},
          content: [{ type: 'listItem', attrs: {}, content: [{ type: 'paragraph', attrs: {}, content: [{ type: 'text', text: 'пункт' }] }] }],
        },
      ],
    })
  })

  test('typed table rows as typed, in order; a table of an unknown kind is left out', () => {
    const doc = new Y.Doc()
    const tableId = createTypedTable(doc, 'meetings', 0, 't1')
    addTypedRow(doc, tableId, undefined, { date: '15.09.2022', category: 'заместители директоров', participants: 'около 40' })
    addTypedRow(doc, tableId, 0, { date: '01.09.2022' })
    const future = new Y.Map<unknown>()
    doc.getMap('reportTables').set('t2', future)
    future.set('kind', 'surveys')
    expect(readReport(doc).tables).toEqual({
      t1: {
        id: 't1',
        kind: 'meetings',
        rows: [
          { date: '01.09.2022', category: '', questions: '', participants: '' },
          { date: '15.09.2022', category: 'заместители директоров', questions: '', participants: 'около 40' },
        ],
      },
    })
  })

  test('sub-sections are numbered under their parent; a section whose parent is gone is an orphan, not lost', () => {
    const doc = new Y.Doc()
    const first = createReportSection(doc, { title: 'Первый' })
    createReportSection(doc, { title: 'Второй' })
    createReportSection(doc, { title: 'Вложенный', parentId: first })
    createReportSection(doc, { title: 'Без родителя', parentId: 'deleted', id: 'r-orphan' })
    const report = readReport(doc)
    expect(flatten(report.sections).map(s => `${s.number} ${s.title}`)).toEqual(['1 Первый', '1.1 Вложенный', '2 Второй'])
    expect(report.orphans.map(s => [s.id, s.number, s.title])).toEqual([['r-orphan', '', 'Без родителя']])
  })
})
