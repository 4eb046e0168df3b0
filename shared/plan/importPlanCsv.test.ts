import { describe, expect, test } from 'vitest'
import { decodeText } from '../text/decodeText'
import { importPlanCsv } from './importPlanCsv'

const header = ['№ п/п', 'Наименование мероприятия', 'Сроки проведения', 'Целевая аудитория', 'Ожидаемый результат']

function csv (separator: string, rows: string[][]): string {
  const quote = (cell: string) => /["\n;,]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell
  return rows.map(row => row.map(quote).join(separator)).join('\r\n') + '\r\n'
}

const rows = [
  header,
  ['1.', 'Методическое сопровождение', '', '', ''],
  ['1.1.', 'Семинар «Итоги; планы, задачи»', 'октябрь', 'педагоги', 'программа'],
  ['1.2.', 'Конференция "Школа будущего"', 'ноябрь;\nдекабрь', 'руководители ОУ', 'сборник, статьи'],
  ['2.', 'Экспертиза', '', '', ''],
  ['2.1.', 'Экспертиза программ', 'в течение года', 'педагоги', 'заключения'],
]

describe('CSV plans (issue 14 item 10)', () => {
  test.each([';', ','])('«%s»-separated: every cell where it was, separators and line breaks inside quotes kept', separator => {
    const plan = importPlanCsv(csv(separator, rows))
    expect(plan.sections.map(s => s.title)).toEqual(['Методическое сопровождение', 'Экспертиза'])
    const items = plan.sections.flatMap(s => s.items)
    expect(items.map(i => [i.title, i.timing, i.audience, i.expectedResult])).toEqual([
      ['Семинар «Итоги; планы, задачи»', 'октябрь', 'педагоги', 'программа'],
      ['Конференция "Школа будущего"', 'ноябрь;\nдекабрь', 'руководители ОУ', 'сборник, статьи'],
      ['Экспертиза программ', 'в течение года', 'педагоги', 'заключения'],
    ])
    // Source lines count the line break inside the quoted cell.
    expect(items.map(i => i.line)).toEqual([3, 4, 7])
  })

  test('a Windows-1251 file (Excel on Russian Windows) reads as Cyrillic, UTF-8 with BOM too', () => {
    const text = csv(';', rows)
    const cp1251 = new Uint8Array([...text].map(ch => {
      const code = ch.charCodeAt(0)
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0
      if (code === 0x401) return 0xa8
      if (code === 0x451) return 0xb8
      if (code === 0x2116) return 0xb9
      if (code === 0xab) return 0xab
      if (code === 0xbb) return 0xbb
      return code
    }))
    expect(decodeText(cp1251)).toBe(text)
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
    expect(importPlanCsv(decodeText(bom)).sections).toHaveLength(2)
  })
})
