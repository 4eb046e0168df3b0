/**
 * Word → Planerka → DOCX/PDF: the fixture report imported through the REST
 * import, exported through the REST export, read back (the DOCX's XML,
 * `pdftotext`) and compared with the fixture's description heading by
 * heading and cell by cell; the DOCX also opens in LibreOffice headless.
 * Figures of each run are printed (the issue asks for them).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { containsWords, squeeze } from '../server/export/testing/pdfText'
import { docxPart, paragraphTexts } from '../server/export/testing/docxParts'
import { xmlFault } from '../server/export/testing/xmlWellFormed'
import { reportFixturePath } from './fixtures/report/makeReportFixture'
import { expectedCaptions, expectedSections, expectedSubheadings, expectedTableCells, fixtureFootnotes } from './fixtures/report/fixtureExpectations'
import { fixtureTitle, longCellParagraphs, tallCellParagraphs } from './fixtures/report/reportFixtureSpec'
import { convertToPdf, pdfToText } from './helpers/soffice'
import { startTestServer, type TestServer } from './helpers/testServer'

/** Cells of every top-level table of a DOCX body, in reading order; a vertical merge's continuation is not a cell. */
export function docxTableCells (xml: string): string[][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([table]) =>
    [...table.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => cell)
      .filter((cell) => !/<w:vMerge(?: w:val="continue")?\/>/.test(cell))
      .map((cell) => paragraphTexts(cell).join('\n')))
}

const unescapeXml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

/** The text of ODT paragraphs or headings in `xml` (footnote bodies left out), one string per paragraph. */
function odtParagraphs (xml: string): string[] {
  const withoutNotes = xml.replace(/<text:note [\s\S]*?<\/text:note>/g, '')
  return [...withoutNotes.matchAll(/<text:(p|h)\b[^>]*?(?:\/>|>([\s\S]*?)<\/text:\1>)/g)].map(([, , inner]) => unescapeXml((inner ?? '')
    .replace(/<text:line-break\/>/g, '\n').replace(/<text:tab\/>/g, '\t').replace(/<text:s text:c="(\d+)"\/>/g, (_, n: string) => ' '.repeat(Number(n)))
    .replace(/<text:s\/>/g, ' ').replace(/<[^>]+>/g, '')))
}

/** Cells of every table of an ODT body in reading order (covered places are not cells). */
function odtTableCells (xml: string): string[][] {
  return [...xml.matchAll(/<table:table [\s\S]*?<\/table:table>/g)].map(([table]) =>
    [...table.matchAll(/<table:table-cell\b[^>]*?(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)].map(([, inner]) => odtParagraphs(inner ?? '').join('\n')))
}

/** Words of four letters or more, as they must stand whole in the PDF's text (a line-end hyphen of a compound word rejoined). */
function wholeWords (text: string): string[] {
  return text.split(/\s+/).filter((word) => /^[«"(]*[А-Яа-яЁё-]{4,}[»")]*[.,;:]?$/.test(word))
}

describe('the fixture report through Planerka: DOCX, PDF and ODT', () => {
  let t: TestServer
  let dir: string
  let boardId: string
  const figures: string[] = []

  beforeAll(async () => {
    t = await startTestServer()
    dir = await mkdtemp(join(tmpdir(), 'planerka-report-export-'))
    const board = await t.createBoard('Петроградский район')
    boardId = board.id
    const response = await fetch(`${t.server.url}/api/boards/${board.id}/import/report-docx?mode=replace`, {
      method: 'POST',
      headers: { cookie: t.admin.cookie, origin: t.server.url },
      body: new Uint8Array(await readFile(reportFixturePath)),
    })
    expect(response.status).toBe(200)
  })
  afterAll(async () => {
    console.log(`Figures (fixture: 33 headings, 28 sections, 15 tables, ${expectedTableCells().flat().length} cells, ${fixtureFootnotes.length} footnotes):\n  ${figures.join('\n  ')}`)
    await t.stop()
    await rm(dir, { recursive: true, force: true })
  })

  async function exported (format: string): Promise<Buffer> {
    const response = await fetch(`${t.server.url}/api/boards/${boardId}/export?format=${format}&what=report`, { headers: { cookie: t.admin.cookie } })
    expect(response.status).toBe(200)
    return Buffer.from(await response.arrayBuffer())
  }

  test('DOCX: title, every section as a numbered Word heading, sub-headings as Word headings, every table cell by cell, real footnotes, a filled TOC updated on open', async () => {
    const docx = await exported('docx')
    const xml = await docxPart(docx, 'word/document.xml')
    const paragraphs = paragraphTexts(xml)
    expect(paragraphs).toEqual(expect.arrayContaining(fixtureTitle))

    const headingTexts = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="Heading(\d)"\/>[\s\S]*?<\/w:p>/g)].map(([p, level]) => ({ level: Number(level), text: paragraphTexts(p).join('') }))
    const sections = expectedSections()
    expect(headingTexts.filter((h) => /^\d/.test(h.text)).map((h) => h.text)).toEqual(sections.map((s) => `${s.number} ${s.title}`))
    expect(headingTexts.filter((h) => !/^\d/.test(h.text)).map((h) => h.text)).toEqual(expectedSubheadings())
    expect(headingTexts.find((h) => h.text === '3.7.1. Доля педагогов с высшей категорией')?.level).toBe(3)
    // «Перенесённые мероприятия» stands in section 2.2.1 (a Heading 3): one level below it.
    expect(headingTexts.find((h) => h.text === 'Перенесённые мероприятия')?.level).toBe(4)

    const tables = docxTableCells(xml)
    expect(tables).toEqual(expectedTableCells())
    expect(paragraphs).toEqual(expect.arrayContaining(expectedCaptions()))
    const notes = paragraphTexts(await docxPart(docx, 'word/footnotes.xml')).filter((text) => text.trim() !== '')
    expect(notes).toEqual(fixtureFootnotes)
    expect(xml.match(/<w:footnoteReference w:id="\d+"\/>/g)).toHaveLength(fixtureFootnotes.length)
    expect(await docxPart(docx, 'word/settings.xml')).toMatch(/<w:updateFields\/>|<w:updateFields w:val="(true|1)"\/>/)
    expect(xml).toMatch(/TOC \\h \\o &quot;1-6&quot;/)
    for (const section of sections) expect(paragraphs.filter((text) => text.startsWith(`${section.number} ${section.title}`)).length, section.number).toBe(2)
    figures.push(`DOCX: ${headingTexts.length} headings (${sections.length} numbered sections), ${tables.length} tables, ${tables.flat().length} cells, ${notes.length} footnotes`)

    // LibreOffice opens it: the contents are filled, every section and the long cell are there.
    const file = join(dir, 'report.docx')
    await writeFile(file, docx)
    const pages = await pdfToText(await convertToPdf(file, dir))
    const text = squeeze(pages.join('\n'))
    expect(squeeze(pages[1])).toContain(squeeze('Содержание'))
    expect(squeeze(pages[1])).toContain(squeeze(`${sections[1].number} ${sections[1].title}`))
    for (const section of sections) expect(text.includes(squeeze(`${section.number} ${section.title}`)), section.number).toBe(true)
    // A long cell continues on the next page, after the page's footnotes: its words in order.
    for (const paragraph of longCellParagraphs) expect(containsWords(pages.join('\n'), paragraph)).toBe(true)
    figures.push(`DOCX in LibreOffice: ${pages.length} pages`)
  })

  test('ODT: title, every section as a heading on its outline level, sub-headings, every table cell by cell with merges, real footnotes; opens in LibreOffice', async () => {
    const odt = await exported('odt')
    const zip = await JSZip.loadAsync(odt)
    expect(await zip.file('mimetype')!.async('string')).toBe('application/vnd.oasis.opendocument.text')
    const xml = await zip.file('content.xml')!.async('string')
    expect(xmlFault(xml)).toBeUndefined()
    expect(odtParagraphs(xml)).toEqual(expect.arrayContaining(fixtureTitle))
    const headings = [...xml.matchAll(/<text:h [^>]*text:outline-level="(\d)"[^>]*>([\s\S]*?)<\/text:h>/g)].map(([h, level]) => ({ level: Number(level), text: odtParagraphs(h).join('') }))
    const sections = expectedSections()
    expect(headings.filter((h) => /^\d/.test(h.text)).map((h) => h.text)).toEqual(sections.map((s) => `${s.number} ${s.title}`))
    expect(headings.filter((h) => /^\d/.test(h.text)).map((h) => h.level)).toEqual(sections.map((s) => s.number.split('.').length - 1))
    expect(headings.filter((h) => !/^\d/.test(h.text)).map((h) => h.text)).toEqual(expectedSubheadings())
    const tables = odtTableCells(xml)
    expect(tables).toEqual(expectedTableCells())
    // Merges are merges: table 3 (two header rows) and table 5 (a level spanning two and three rows).
    expect(xml.match(/table:number-rows-spanned="\d+"/g)?.length).toBeGreaterThanOrEqual(6)
    expect(xml.match(/table:number-columns-spanned="2"/g)?.length).toBeGreaterThanOrEqual(2)
    expect(xml.match(/<table:table-header-rows>/g)).toHaveLength(15)
    const notes = [...xml.matchAll(/<text:note-body>([\s\S]*?)<\/text:note-body>/g)].map(([, body]) => odtParagraphs(body).join('\n'))
    expect(notes).toEqual(fixtureFootnotes)
    expect(odtParagraphs(xml)).toEqual(expect.arrayContaining(expectedCaptions()))
    figures.push(`ODT: ${headings.length} headings (${sections.length} numbered sections), ${tables.length} tables, ${tables.flat().length} cells, ${notes.length} footnotes`)

    const file = join(dir, 'report.odt')
    await writeFile(file, odt)
    const pages = await pdfToText(await convertToPdf(file, dir))
    const text = squeeze(pages.join('\n'))
    for (const section of sections) expect(text.includes(squeeze(`${section.number} ${section.title}`)), section.number).toBe(true)
    for (const paragraph of [...longCellParagraphs, ...tallCellParagraphs]) expect(containsWords(pages.join('\n'), paragraph), paragraph.slice(0, 40)).toBe(true)
    for (const note of fixtureFootnotes) expect(text.includes(squeeze(note)), note).toBe(true)
    figures.push(`ODT in LibreOffice: ${pages.length} pages`)
  })

  test('PDF: every heading and cell, the 1,313-character cell and the cell taller than a page whole, headers repeated, no word broken, footnotes at the section end', async () => {
    const pdf = await exported('pdf')
    const file = join(dir, 'report.pdf')
    await writeFile(file, pdf)
    const pages = await pdfToText(file)
    const all = pages.join('\n')
    const flat = squeeze(all)
    for (const line of fixtureTitle) expect(squeeze(pages[0]).includes(squeeze(line)), line).toBe(true)
    for (const section of expectedSections()) expect(flat.includes(squeeze(`${section.number} ${section.title}`)), section.number).toBe(true)
    for (const heading of expectedSubheadings()) expect(flat.includes(squeeze(heading)), heading).toBe(true)
    for (const caption of expectedCaptions()) expect(flat.includes(squeeze(caption)), caption).toBe(true)
    let cells = 0
    for (const cell of expectedTableCells().flat()) {
      expect(containsWords(all, cell), cell.slice(0, 60)).toBe(true)
      cells += 1
    }
    // The long two-paragraph cell and all 45 paragraphs of the tall one (the rows that used to vanish).
    for (const paragraph of [...longCellParagraphs, ...tallCellParagraphs]) expect(containsWords(all, paragraph), paragraph.slice(0, 40)).toBe(true)
    const tallPages = pages.filter((page) => tallCellParagraphs.some((p) => squeeze(page).includes(squeeze(p.slice(0, 15)))))
    expect(tallPages.length).toBeGreaterThanOrEqual(2)
    // The header of the split table is repeated on every page the tall row continues on.
    for (const page of tallPages) expect(containsWords(page, 'Центр Мероприятия Итог', 60), page.slice(0, 200)).toBe(true)
    for (const note of fixtureFootnotes) expect(flat.includes(squeeze(note)), note).toBe(true)

    const tokens = new Set(all.replace(/-\n/g, '-').split(/\s+/))
    const broken = expectedTableCells().flat().flatMap(wholeWords).filter((word) => !tokens.has(word))
    expect(broken).toEqual([])
    figures.push(`PDF: ${pages.length} pages, ${expectedSections().length} sections, ${cells} cells found, ${fixtureFootnotes.length} footnotes`)
  })
})
