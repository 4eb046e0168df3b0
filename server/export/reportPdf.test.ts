import { describe, expect, it } from 'vitest'
import { renderReportPdf } from './reportPdf'
import { sample, sampleReportInput } from './reportTestInput'
import { containsWords, pdfPages, squeeze } from './testing/pdfText'

const agreed = { kind: 'agreed' as const, agreedAt: new Date('2023-08-27T21:30:00Z'), agreedBy: 'Председатель НМС Иванова И. И.' }
const headings = [
  '1. Краткий анализ решения задач', '2. Реализация ДПП', '3. Научно-методическое сопровождение', '3.1. Информационные совещания',
  '3.2. Инновационная инфраструктура', '3.3. Конференции и семинары', '3.4. Конкурсы', '3.5. Экспертиза', '3.6. План и факт',
  '3.7. Показатели эффективности', '4. Задачи на следующий учебный год',
]

describe('renderReportPdf on the sample report', async () => {
  const input = sampleReportInput()
  const bytes = await renderReportPdf(input)
  const pages = await pdfPages(bytes)
  const text = pages.map((page) => page.text).join('\n')
  const all = squeeze(text)

  it('is portrait A4 with the PT fonts embedded', () => {
    for (const page of pages) {
      expect(page.width).toBeCloseTo(595.28, 1)
      expect(page.height).toBeCloseTo(841.89, 1)
    }
    const raw = bytes.toString('latin1')
    expect(raw).toMatch(/\/FontFile2/)
    expect(raw).toMatch(/PTSerif/)
  })

  it('has the title page, the contents with every heading, and every heading again in the body', () => {
    expect(squeeze(pages[0].text)).toContain(squeeze('Аналитический отчёт о деятельности за 2023–2024 учебный год'))
    expect(pages[0].text).toContain(sample.district)
    expect(pages[0].text).toContain('Черновик')
    expect(pages[1].text).toContain('Содержание')
    for (const heading of headings) {
      expect(squeeze(pages[1].text), heading).toContain(squeeze(heading))
      expect(squeeze(pages.slice(2).map((page) => page.text).join('')), heading).toContain(squeeze(heading))
    }
  })

  it('prints the narrative, the typed table values, the done item, the notes and the chart', () => {
    expect(containsWords(text, `За год проведено ${sample.boldWords}, материалы размещены на ${sample.linkText}`)).toBe(true)
    expect(all).toContain(squeeze('Таблица 2 — Реализация ДПП'))
    expect(containsWords(text, `${sample.programme} 72 учителя начальных классов`)).toBe(true)
    expect(containsWords(text, `1.1 ${sample.doneTitle} 12.10.2023`)).toBe(true)
    expect(all).toContain(squeeze('Доля ОУ с инновационным статусом: 2 из 63'))
    expect(all).toContain(squeeze(`Рисунок 1 — ${sample.indicator}`))
    expect(containsWords(text, '2020–2021 2021–2022 2022–2023 20,8 19,5 26')).toBe(true)
    expect(all).toContain(squeeze(sample.cellTitle))
  })

  it('links only safe addresses', () => {
    const raw = bytes.toString('latin1')
    expect(raw).toContain(`/URI (${sample.link})`)
    expect(raw).not.toContain('javascript')
  })

  it('puts the stamp and the page number in the footer of every page after the title', () => {
    pages.slice(1).forEach((page, index) => {
      expect(page.text).toContain('Черновик')
      expect(squeeze(page.text)).toContain(squeeze(`Страница ${index + 2} из ${pages.length}`))
    })
    expect(pages[0].text).not.toContain('Страница')
  })

  it('stamps the agreed report with its Moscow date', async () => {
    const agreedPages = await pdfPages(await renderReportPdf({ ...input, stamp: agreed }))
    expect(squeeze(agreedPages[0].text)).toContain(squeeze(`СОГЛАСОВАНО ${agreed.agreedBy} 28.08.2023`))
    expect(squeeze(agreedPages[1].text)).toContain(squeeze('Согласовано 28.08.2023'))
    expect(agreedPages.map((page) => page.text).join('')).not.toContain('Черновик')
  })
})
