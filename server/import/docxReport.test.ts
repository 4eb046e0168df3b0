import { describe, expect, it } from 'vitest'
import { importReportDocx, reportFromHtml, reportImportMessages } from './docxReport'
import { importMessages } from './importMessages'

const titles = (sections: ReturnType<typeof reportFromHtml>['sections']): string[] =>
  sections.flatMap((s) => [s.title, ...titles(s.children).map((t) => `  ${t}`)])

describe('reading a report from mammoth HTML', () => {
  it('takes the top heading levels used as sections, whatever they are, and strips typed numbers', () => {
    const report = reportFromHtml('<p>Отчёт ИМЦ</p><h2>I. Введение</h2><p>Текст.</p><h3>1.1 Цели</h3><h4>Детали</h4><p>Ещё.</p><h2>2.Итоги</h2>')
    expect(report.title).toEqual(['Отчёт ИМЦ'])
    // h4 is the third level used here: a sub-sub-section.
    expect(titles(report.sections)).toEqual(['Введение', '  Цели', '    Детали', 'Итоги'])
    expect(report.sections[0].sourceNumber).toBe('I')
    expect(report.counts).toMatchObject({ headings: 4, sections: 4 })
  })

  it('a document without headings is one section with a note, and nothing is dropped', () => {
    const long = 'Длинный вводный абзац. '.repeat(30)
    const report = reportFromHtml(`<p>${long}</p><p>Второй абзац.</p><table><tr><td>A</td></tr></table>`)
    expect(report.title).toEqual([])
    expect(report.sections).toHaveLength(1)
    expect(report.sections[0].body.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'table'])
    expect(report.notes).toEqual(expect.arrayContaining([reportImportMessages.noHeadings, reportImportMessages.noTitle]))
  })

  it('counts pictures it cannot bring, keeps a heading that skips a level under the last section, and keeps text in odd tags', () => {
    const report = reportFromHtml('<h1>1. Раздел</h1><p>До <img src=""> после</p><h3>Глубже</h3><p>Текст <span>в span</span> <a href="javascript:alert(1)">ссылка</a></p>')
    expect(report.counts.images).toBe(1)
    expect(report.notes).toContain(reportImportMessages.images(1))
    expect(titles(report.sections)).toEqual(['Раздел', '  Глубже'])
    const paragraph = report.sections[0].children[0].body[0]
    expect(paragraph.content.map((n) => 'text' in n ? n.text : '')).toEqual(['Текст ', 'в span', ' ', 'ссылка'])
    expect(JSON.stringify(paragraph)).not.toContain('javascript')
  })

  it('a list item whose text is a nested list starts with an empty paragraph (the editor requires one)', () => {
    const report = reportFromHtml('<h1>Раздел</h1><ul><li><ol><li>вложенный</li></ol></li></ul>')
    const item = report.sections[0].body[0].content[0] as { type: string; content: Array<{ type: string }> }
    expect(item.type).toBe('listItem')
    expect(item.content.map((n) => n.type)).toEqual(['paragraph', 'orderedList'])
  })
})

describe('importReportDocx refuses what is not a .docx, with advice', () => {
  it.each([
    ['empty', Buffer.alloc(0), importMessages.empty],
    ['.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), importMessages.legacyDoc],
    ['rtf', Buffer.from('{\\rtf1 x}'), importMessages.rtf],
    ['text', Buffer.from('просто текст'), reportImportMessages.notDocx],
    ['broken zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), importMessages.unreadable],
  ])('%s', async (_, bytes, message) => {
    expect(await importReportDocx(bytes)).toEqual({ ok: false, error: message })
  })
})
