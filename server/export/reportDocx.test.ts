import { describe, expect, it } from 'vitest'
import { renderReportDocx } from './reportDocx'
import { sample, sampleReportInput } from './reportTestInput'
import { docxPart, docxPartNames, paragraphTexts } from './testing/docxParts'
import { xmlFault } from './testing/xmlWellFormed'

// 21:30 UTC on 27 August is 00:30 on the 28th in Moscow.
const agreed = { kind: 'agreed' as const, agreedAt: new Date('2023-08-27T21:30:00Z'), agreedBy: 'Председатель НМС Иванова И. И.' }
const headings = [
  '1. Краткий анализ решения задач', '2. Реализация ДПП', '3. Научно-методическое сопровождение', '3.1. Информационные совещания',
  '3.2. Инновационная инфраструктура', '3.3. Конференции и семинары', '3.4. Конкурсы', '3.5. Экспертиза', '3.6. План и факт',
  '3.7. Показатели эффективности', '4. Задачи на следующий учебный год',
]

describe('renderReportDocx on the sample report', async () => {
  const input = sampleReportInput()
  const draft = await renderReportDocx(input)
  const xml = await docxPart(draft, 'word/document.xml')
  const paragraphs = paragraphTexts(xml)

  it('writes well-formed XML in every part, a native chart among them', async () => {
    const names = (await docxPartNames(draft)).filter((name) => name.endsWith('.xml') || name.endsWith('.rels'))
    expect(names).toEqual(expect.arrayContaining(['word/document.xml', 'word/charts/chart1.xml']))
    for (const name of names) expect(xmlFault(await docxPart(draft, name)), name).toBeUndefined()
    const chart = await docxPart(draft, 'word/charts/chart1.xml')
    expect(chart).toContain('<c:lineChart>')
    expect(chart).toContain('2021–2022')
    expect(chart).toContain('<c:v>20.8</c:v>')
  })

  it('has the title page, a TOC field over the headings, and every heading with its number in a heading style', () => {
    expect(paragraphs).toEqual(expect.arrayContaining([
      'Черновик', sample.district, 'Аналитический отчёт о деятельности', 'за 2023–2024 учебный год', 'Содержание',
    ]))
    expect(xml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-6&quot;<\/w:instrText>/)
    for (const heading of headings) {
      // Once in the TOC's own entries (so it is not empty before Word updates it), once as the heading.
      expect(paragraphs.filter((text) => text.startsWith(heading)), heading).toHaveLength(2)
    }
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>[\s\S]*?<w:t[^>]*>1\. Краткий анализ решения задач<\/w:t>/)
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>[\s\S]*?<w:t[^>]*>3\.2\. Инновационная инфраструктура<\/w:t>/)
  })

  it('keeps the narrative formatting: bold, italic, the hyperlink, lists, and no unsafe link', async () => {
    expect(xml).toMatch(new RegExp(`<w:r><w:rPr><w:b/><w:bCs/>[^]*?<w:t[^>]*>${sample.boldWords}</w:t>`))
    const rels = await docxPart(draft, 'word/_rels/document.xml.rels')
    const id = new RegExp(`Id="([^"]+)" Type="[^"]+/hyperlink" Target="${sample.link}" TargetMode="External"`).exec(rels)?.[1]
    expect(id).toBeDefined()
    expect(xml).toMatch(new RegExp(`<w:hyperlink [^>]*r:id="${id}"[^>]*>[^]*?<w:t[^>]*>${sample.linkText}</w:t>`))
    expect(rels).not.toContain('javascript')
    expect(paragraphs).toEqual(expect.arrayContaining(['организационно-методическое сопровождение', 'первый этап', 'Цитата из решения НМС.']))
    expect(xml.match(/<w:numPr>/g)?.length).toBeGreaterThanOrEqual(5)
  })

  it('draws typed and generated tables as real tables with their headers and values', () => {
    expect(paragraphs).toEqual(expect.arrayContaining([
      'Таблица 2 — Реализация ДПП', 'Программа', 'Часы', 'Категория слушателей', sample.programme, '72', 'учителя начальных классов',
      'Таблица 6 — Проведённые мероприятия', '1.1', sample.doneTitle, '12.10.2023', '25', 'Итого',
      'Рисунок 1 — ' + sample.indicator, sample.cellTitle,
    ]))
    // The done item sits in a row of the events-held table, after its section's group row.
    expect(xml).toMatch(new RegExp(`1\\. Повышение квалификации</w:t>[^]*?<w:tr>[^]*?${sample.doneTitle}</w:t>[^]*?<w:t[^>]*>25</w:t>[^]*?</w:tr>`))
    expect(xml).toContain('<w:tblHeader/>')
    // The drawn table's cell spanning two rows.
    expect(xml).toContain('<w:vMerge w:val="restart"/>')
  })

  it('is portrait A4, Russian, with the stamp and page numbers in the footer after the title page', async () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/)
    expect(xml).toContain('<w:titlePg/>')
    expect(xml).toContain('<w:lang w:val="ru-RU"/>')
    const footers = await Promise.all([1, 2].map((n) => docxPart(draft, `word/footer${n}.xml`)))
    const footer = footers.find((part) => part.includes('PAGE'))!
    expect(paragraphTexts(footer).join('')).toMatch(/^Черновик\s*Страница/)
    expect(footer).toContain('NUMPAGES')
  })

  it('stamps the agreed report with its Moscow date', async () => {
    const docx = await renderReportDocx({ ...input, stamp: agreed })
    const texts = paragraphTexts(await docxPart(docx, 'word/document.xml'))
    expect(texts).toEqual(expect.arrayContaining(['СОГЛАСОВАНО', agreed.agreedBy, '28.08.2023']))
    const footers = await Promise.all([1, 2].map((n) => docxPart(docx, `word/footer${n}.xml`)))
    expect(footers.join('')).toContain('Согласовано 28.08.2023')
  })

  it('writes the TOC page numbers when asked', async () => {
    const docx = await renderReportDocx(input, { tocPageNumbers: true })
    const toc = await docxPart(docx, 'word/document.xml')
    // The first entry, «1. Краткий анализ решения задач», is on page 3 (after the title page and the contents).
    expect(toc).toMatch(/PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t[^>]*>3<\/w:t>/)
  })

  it('renders an empty report', async () => {
    const empty = await renderReportDocx({ ...input, report: { sections: [], orphans: [], tables: {} } })
    expect(paragraphTexts(await docxPart(empty, 'word/document.xml'))).toContain('Содержание')
  })
})
