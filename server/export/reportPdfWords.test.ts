/**
 * Narrow columns must not break words in the middle («Проведен|о»,
 * «Цент|р»): a crowded nine-column table of the kind district reports carry,
 * drawn by the PDF writer and read back with pdf.js word by word.
 */
import ru from 'hyphen/ru/index.js'
import { expect, test } from 'vitest'
import * as Y from 'yjs'
import { createReportSection, reportSections, sectionBody } from '../../shared/report/reportDoc'
import { readReport } from '../../shared/report/reportSnapshot'
import { writeReportNodes } from '../../shared/report/writeReportNodes'
import type { ReportElementNode } from '../../shared/report/reportSnapshot'
import { renderReportPdf } from './reportPdf'
import { sampleReportInput } from './reportTestInput'
import { pdfPages } from './testing/pdfText'

const cell = (type: 'tableCell' | 'tableHeader', text: string): ReportElementNode => ({
  type, attrs: { colspan: 1, rowspan: 1 }, content: [{ type: 'paragraph', attrs: {}, content: [{ type: 'text', text }] }],
})

const header = ['№', 'Мероприятие', 'Ответственный', 'Организатор', 'Участники', 'Проведено', 'Результат', 'Место', 'Примечание']
const rows = [
  ['1', 'Семинар', 'Иванова', 'Центр', '45', 'Проведено', 'Сборник', 'Центр', 'Перенесено'],
  ['2', 'Конференция', 'Петрова', 'Гимназия', '120', 'Проведено', 'Резолюция', 'Школа', 'Региональный'],
  ['3', 'Опытно-экспериментальная площадка', 'Сидорова', 'Лицей', '12', 'Запланировано', 'Методические рекомендации', 'Лицей', 'Продолжение'],
]

test('every word of a crowded nine-column table stands whole in the PDF', async () => {
  const doc = new Y.Doc()
  const id = createReportSection(doc, { title: 'Мероприятия' })
  writeReportNodes(sectionBody(reportSections(doc).get(id)!)!, [{
    type: 'table',
    attrs: {},
    content: [
      { type: 'tableRow', attrs: {}, content: header.map((text) => cell('tableHeader', text)) },
      ...rows.map((row) => ({ type: 'tableRow', attrs: {}, content: row.map((text) => cell('tableCell', text)) })),
    ],
  }])
  const pages = await pdfPages(await renderReportPdf(sampleReportInput({ report: readReport(doc) })))
  const text = pages.map((page) => page.text).join(' ')
  const words = new Set(text.split(/\s+/))
  const expected = [...header, ...rows.flat()].flatMap((cellText) => cellText.split(' ')).filter((word) => word.length >= 4)
  // A word too wide for its column is broken between syllables, with a hyphen at the line's end.
  const syllableBreaks = (word: string) => new Set(ru.hyphenateSync(word, { hyphenChar: '|' }).split('|').map((_, i, all) => all.slice(0, i + 1).join('')).slice(0, -1))
  const hyphenated = [...text.matchAll(/([А-Яа-яЁё-]+)-\s+([а-яё-]+)/g)]
  const joined = new Set(text.replace(/-\s+(?=[а-яё])/g, '').split(/\s+/).map((word) => word.replace(/-/g, '')))
  const whole = (word: string) => words.has(word) || joined.has(word.replace(/-/g, ''))
  expect(expected.filter((word) => !whole(word))).toEqual([])
  for (const [, head, tail] of hyphenated) {
    const word = expected.find((candidate) => candidate.replace(/-/g, '') === head + tail)
    if (word) expect(syllableBreaks(word).has(head), `${head}-${tail}`).toBe(true)
  }
  expect(text).not.toMatch(/Цент\s+р|Проведен\s+о/)
})
