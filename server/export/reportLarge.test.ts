import { describe, expect, it } from 'vitest'
import { renderReportDocx } from './reportDocx'
import { renderReportPdf } from './reportPdf'
import { largeReportInput, sampleReportInput } from './reportTestInput'
import { docxPart } from './testing/docxParts'
import { pdfPages } from './testing/pdfText'

async function timed<T> (render: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now()
  const result = await render()
  return { result, ms: Math.round(performance.now() - start) }
}

// Render times are printed, not asserted: they depend on the machine and its load.
describe('report export sizes', () => {
  it('renders the sample report', async () => {
    const input = sampleReportInput()
    const docx = await timed(() => renderReportDocx(input))
    const pdf = await timed(() => renderReportPdf(input))
    const pages = await pdfPages(pdf.result)
    console.log(`sample report: DOCX ${docx.ms} ms (${docx.result.length} bytes), PDF ${pdf.ms} ms, ${pages.length} pages`)
    expect(pages.length).toBeGreaterThan(3)
  })

  it('renders a report of about 60 pages (20 sections × 9 paragraphs of 80 words, after the template)', async () => {
    const input = largeReportInput(20, 9, 80)
    const docx = await timed(() => renderReportDocx(input))
    const pdf = await timed(() => renderReportPdf(input))
    const pages = await pdfPages(pdf.result)
    console.log(`60-page report: DOCX ${docx.ms} ms, PDF ${pdf.ms} ms, ${pages.length} PDF pages`)
    expect(pages.length).toBeGreaterThanOrEqual(50)
    expect(pages.length).toBeLessThanOrEqual(80)
    const toc = pages[1].text + pages[2].text
    expect(toc).toContain('Направление работы 20')
    expect(pages[pages.length - 1].text).toContain(`Страница ${pages.length} из ${pages.length}`)
    const xml = await docxPart(docx.result, 'word/document.xml')
    expect(xml).toContain('24. Направление работы 20')
  }, 120_000)

  it('renders 20 sections × 30 paragraphs of 80 words', async () => {
    const input = largeReportInput(20, 30, 80)
    const docx = await timed(() => renderReportDocx(input))
    const pdf = await timed(() => renderReportPdf(input))
    const pages = await pdfPages(pdf.result)
    console.log(`20 × 30 × 80 words: DOCX ${docx.ms} ms, PDF ${pdf.ms} ms, ${pages.length} PDF pages`)
    expect(pages.length).toBeGreaterThan(150)
  }, 180_000)
})
