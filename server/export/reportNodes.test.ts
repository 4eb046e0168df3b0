import { describe, expect, it } from 'vitest'
import type { ReportNodeJson } from '../../shared/report/reportSnapshot'
import { renderReportDocx } from './reportDocx'
import { renderReportPdf } from './reportPdf'
import { sampleReportInput } from './reportTestInput'
import { docxPart, docxPartNames, paragraphTexts } from './testing/docxParts'
import { pdfPages, squeeze } from './testing/pdfText'
import { xmlFault } from './testing/xmlWellFormed'

const t = (text: string, ...marks: string[]): ReportNodeJson => marks.length > 0 ? { type: 'text', text, marks: marks.map((type) => ({ type })) } : { type: 'text', text }
const n = (type: string, content: ReportNodeJson[] = [], attrs: Record<string, unknown> = {}): ReportNodeJson => ({ type, attrs, content })
const p = (...content: ReportNodeJson[]) => n('paragraph', content)

// Every node and mark the editor's schema allows, nested the ways TipTap allows, plus a node of a newer client.
const body: ReportNodeJson[] = [
  p(t('Зачёркнутое и подчёркнутое', 'strike', 'underline'), n('hardBreak'), t('после переноса'), t(' код', 'code')),
  n('heading', [t('Подзаголовок внутри раздела')], { level: 4 }),
  n('orderedList', [
    n('listItem', [p(t('Пункт три')), p(t('Второй абзац пункта')), n('bulletList', [n('listItem', [p(t('Вложенный пункт'))])])]),
    n('listItem', [n('bulletList', [n('listItem', [p(t('Список без абзаца перед ним'))])])]),
  ], { start: 3 }),
  n('blockquote', [p(t('Цитата')), n('bulletList', [n('listItem', [p(t('Пункт в цитате'))])])]),
  n('codeBlock', [t('const year = 2024\n  return year')]),
  n('horizontalRule'),
  n('table', [
    n('tableRow', [n('tableHeader', [p(t('A'))], { colspan: 2 }), n('tableHeader', [p(t('B'))])]),
    n('tableRow', [n('tableCell', [p(t('Ячейка со списком')), n('bulletList', [n('listItem', [p(t('в ячейке'))])])], { colspan: 3 })]),
    n('tableRow', [n('tableCell', [p(t('Короткая строка'))])]),
  ]),
  n('table', [n('tableRow', [n('tableCell', [p(t('Вторая таблица подряд'))])])]),
  n('mention', [t('Упоминание из новой версии')]),
  p(),
]

describe('every kind of body node', async () => {
  const input = sampleReportInput()
  const [first] = input.report.sections
  const report = { ...input.report, sections: [{ ...first, body, children: [] }] }
  const docx = await renderReportDocx({ ...input, report })
  const pdf = await renderReportPdf({ ...input, report })
  const texts = ['Зачёркнутое и подчёркнутое', 'после переноса', 'Подзаголовок внутри раздела', 'Пункт три', 'Второй абзац пункта',
    'Вложенный пункт', 'Список без абзаца перед ним', 'Цитата', 'Пункт в цитате', 'const year = 2024', 'Ячейка со списком', 'в ячейке',
    'Короткая строка', 'Вторая таблица подряд', 'Упоминание из новой версии']

  it('is written to DOCX, well-formed, with every text', async () => {
    for (const name of (await docxPartNames(docx)).filter((name) => name.endsWith('.xml'))) {
      expect(xmlFault(await docxPart(docx, name)), name).toBeUndefined()
    }
    const xml = await docxPart(docx, 'word/document.xml')
    const all = paragraphTexts(xml).join('\n')
    for (const text of texts) expect(all, text).toContain(text)
    expect(xml).toContain('<w:strike/>')
    expect(xml).toContain('<w:br/>')
    // Two tables in a row stay two tables: Word would join tables that touch.
    expect(xml).toMatch(/<\/w:tbl><w:p>(?:(?!<w:tbl>)[^])*?<\/w:p><w:tbl>/)
    // A list that starts at three.
    const numbering = await docxPart(docx, 'word/numbering.xml')
    expect(numbering).toContain('<w:start w:val="3"/>')
  })

  it('is written to PDF with every text', async () => {
    const all = squeeze((await pdfPages(pdf)).map((page) => page.text).join(''))
    for (const text of texts) expect(all, text).toContain(squeeze(text))
    // The ordered list counts from 3 (pdfmake draws markers after the text, so only the region is checked).
    const list = all.slice(all.indexOf('Подзаголовоквнутрираздела'), all.indexOf('Цитата'))
    expect(list).toContain('3.')
    expect(list).toContain('4.')
    expect(list).not.toContain('1.')
  })
})
