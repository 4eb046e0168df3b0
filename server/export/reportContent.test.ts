import { describe, expect, it } from 'vitest'
import { freezeGeneratedBlocks } from '../../shared/report/freezeGenerated'
import type { GeneratedTable } from '../../shared/report/generatedTable'
import type { ReportSectionSnapshot } from '../../shared/report/reportSnapshot'
import { buildReportContent } from './reportContent'
import { safeHref } from './reportInline'
import type { ReportBlock } from './reportModel'
import { fitColumnWidths, tableGrid } from './reportTables'
import { sample, sampleReportInput } from './reportTestInput'

type Of<K extends ReportBlock['kind']> = Extract<ReportBlock, { kind: K }>
const ofKind = <K extends ReportBlock['kind']>(blocks: readonly ReportBlock[], kind: K): Array<Of<K>> =>
  blocks.filter((block): block is Of<K> => block.kind === kind)
const cellTexts = (table: Of<'table'>): string[][] =>
  table.rows.map((row) => row.cells.map((cell) => cell.blocks.map((block) => block.kind === 'paragraph' ? block.runs.map((run) => run.text).join('') : '').join('')))
const flatten = (sections: ReportSectionSnapshot[]): ReportSectionSnapshot[] => sections.flatMap((s) => [s, ...flatten(s.children)])

describe('buildReportContent', () => {
  const input = sampleReportInput()
  const content = buildReportContent(input)

  it('numbers the headings as the board does and levels them by depth', () => {
    expect(content.titleLines).toEqual(['Аналитический отчёт о деятельности', 'за 2023–2024 учебный год'])
    expect(content.stamp).toBe('Черновик')
    expect(ofKind(content.blocks, 'heading').map((h) => `${h.level} ${h.text}`)).toEqual([
      '1 1. Краткий анализ решения задач',
      '1 2. Реализация ДПП',
      '1 3. Научно-методическое сопровождение',
      '2 3.1. Информационные совещания',
      '2 3.2. Инновационная инфраструктура',
      '2 3.3. Конференции и семинары',
      '2 3.4. Конкурсы',
      '2 3.5. Экспертиза',
      '2 3.6. План и факт',
      '2 3.7. Показатели эффективности',
      '1 4. Задачи на следующий учебный год',
    ])
  })

  it('numbers table captions through the report, keeps filled typed rows only, and computes generated tables', () => {
    expect(ofKind(content.blocks, 'caption').map((c) => c.text)).toEqual([
      'Таблица 1 — Анализ решения задач', 'Таблица 2 — Реализация ДПП', 'Таблица 3 — Итоги по разделам плана',
      'Таблица 4 — Информационные совещания', 'Таблица 5 — Инновационная инфраструктура', 'Таблица 6 — Проведённые мероприятия',
      'Таблица 7 — Конкурсы', 'Таблица 8 — Экспертиза', 'Таблица 9 — План и факт', 'Таблица 10 — Показатели эффективности',
    ])
    const tables = ofKind(content.blocks, 'table')
    // The template's empty row is left out once a row is filled; an unfilled table keeps one empty row.
    expect(cellTexts(tables[1])).toEqual([
      ['Программа', 'Часы', 'Категория слушателей', 'Сроки', 'Обучено'],
      [sample.programme, '72', 'учителя начальных классов', 'октябрь – декабрь', '25'],
    ])
    expect(tables[1].align).toEqual(['left', 'center', 'left', 'left', 'center'])
    expect(cellTexts(tables[0])).toEqual([['Задача', 'Результаты', 'Проблемы и перспективы'], ['', '', '']])
    const events = cellTexts(tables[5])
    expect(events).toContainEqual(['1.1', sample.doneTitle, '12.10.2023', 'заместители директоров ОУ', '25'])
    expect(tables[5].rows.map((row) => row.kind)).toEqual(['header', 'group', 'body', 'total'])
    expect(ofKind(content.blocks, 'note').map((n) => n.text)).toContain('Доля ОУ с инновационным статусом: 2 из 63 (3\u00A0%)')
    expect(ofKind(content.blocks, 'chart')).toEqual([{
      kind: 'chart',
      caption: `Рисунок 1 — ${sample.indicator}`,
      chart: { title: sample.indicator, points: [{ label: '2020–2021', value: 20.8 }, { label: '2021–2022', value: 19.5 }, { label: '2022–2023', value: 26 }] },
    }])
  })

  it('keeps the marks of runs and drops links that are not http, https or mailto', () => {
    const paragraph = ofKind(content.blocks, 'paragraph').find((p) => p.runs.some((run) => run.text === sample.boldWords))!
    expect(paragraph.runs).toEqual([
      { text: 'За год проведено ' },
      { text: sample.boldWords, bold: true },
      { text: ', материалы размещены на ' },
      { text: sample.linkText, href: sample.link },
      { text: ' и ' },
      { text: 'в другом месте', italic: true, href: undefined },
      { text: '.' },
    ])
    expect(safeHref('mailto:imc@example.ru')).toBe('mailto:imc@example.ru')
    expect(safeHref(' javascript:alert(1)')).toBeUndefined()
    expect(safeHref('file:///etc/passwd')).toBeUndefined()
    expect(safeHref('/relative')).toBeUndefined()
  })

  it('uses the content frozen into an agreed version, keyed as freezeGeneratedBlocks keys it', () => {
    const frozen = freezeGeneratedBlocks(input.report, input)
    const conferences = flatten(input.report.sections).find((s) => s.title === 'Конференции и семинары')!
    const key = `${conferences.id}:0`
    expect(Object.keys(frozen)).toContain(key)
    const table: GeneratedTable = { title: 'Проведённые мероприятия', columns: ['Мероприятие'], rows: [{ cells: ['Заморожено при согласовании'] }], notes: ['Как было'] }
    const agreed = buildReportContent({ ...input, frozen: { ...frozen, [key]: table } })
    const texts = ofKind(agreed.blocks, 'table').map(cellTexts)
    expect(texts).toContainEqual([['Мероприятие'], ['Заморожено при согласовании']])
    expect(texts.flat(2)).not.toContain(sample.doneTitle)
    expect(ofKind(agreed.blocks, 'note').map((n) => n.text)).toContain('Как было')
  })

  it('says where a block cannot be drawn, and prints orphan sections after the outline', () => {
    const [first] = input.report.sections
    const broken = {
      ...first,
      body: [
        { type: 'generatedBlock', attrs: { kind: 'surveys', params: '{}' }, content: [] },
        { type: 'typedTable', attrs: { tableId: 'gone' }, content: [] },
      ],
    }
    const orphan = { id: 'r-orphan', number: '', title: 'Потерянный раздел', body: [], children: [] }
    const blocks = buildReportContent({ ...input, report: { ...input.report, sections: [broken], orphans: [orphan] } }).blocks
    expect(ofKind(blocks, 'notice').map((n) => n.text)).toEqual([
      'Неизвестный вид автоматического блока: «surveys».', 'Таблица не найдена в документе отчёта.',
    ])
    expect(ofKind(blocks, 'heading').map((h) => h.text)).toEqual(['1. Краткий анализ решения задач', 'Разделы вне структуры отчёта', 'Потерянный раздел'])
  })
})

describe('table geometry', () => {
  it('never gives a column less than its longest word, and fills the width exactly', () => {
    const widths = fitColumnWidths({ weights: [3, 60, 10], minChars: [5, 16, 12] }, 400, 7, 2)
    expect(widths[0]).toBeGreaterThanOrEqual(37)
    expect(widths[2]).toBeGreaterThanOrEqual(86)
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(400, 6)
    // Too many columns for the page: the minimums shrink together.
    const squeezed = fitColumnWidths({ weights: [1, 1], minChars: [16, 16] }, 100, 7, 2)
    expect(squeezed).toEqual([50, 50])
  })

  it('lays a table with spans out on a full grid', () => {
    const cell = (colSpan = 1, rowSpan = 1) => ({ blocks: [], colSpan, rowSpan })
    const grid = tableGrid({
      kind: 'table', columns: 3, widths: { weights: [1, 1, 1], minChars: [1, 1, 1] }, align: ['left', 'left', 'left'],
      rows: [
        { kind: 'header', cells: [cell(2), cell()] },
        { kind: 'body', cells: [cell(), cell(1, 3), cell()] },
        { kind: 'body', cells: [cell()] },
      ],
    })
    expect(grid.map((row) => row.map((slot) => typeof slot === 'string' ? slot : `${slot.colSpan}x${slot.rowSpan}`))).toEqual([
      ['2x1', 'covered', '1x1'],
      ['1x1', '1x2', '1x1'],
      ['1x1', 'covered', 'empty'],
    ])
  })
})
