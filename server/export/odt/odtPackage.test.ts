import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { convertToPdf, pdfToTextPages } from '../../../test/helpers/libreOffice'
import { xmlFault } from '../testing/xmlWellFormed'
import type { OdtDocument } from './odtModel'
import { ODT_MIME_TYPE, writeOdt } from './odtPackage'

const doc: OdtDocument = {
  title: 'Проба',
  language: 'ru',
  country: 'RU',
  font: 'Times New Roman',
  fontSize: 11,
  page: { orientation: 'landscape', margins: { top: 2, bottom: 2, left: 2, right: 2 }, footer: ['Черновик', { tab: true }, 'Страница ', { field: 'page-number' }, ' из ', { field: 'page-count' }] },
  body: [
    { kind: 'heading', level: 1, content: ['Заголовок первого уровня'] },
    { kind: 'paragraph', content: ['Текст с ', { text: 'жирным', bold: true }, ' словом и сноской ОЭР', { footnote: 'Опытно-экспериментальная работа' }, '.'], align: 'justify' },
    { kind: 'list', items: [['первый пункт'], ['второй   пункт']] },
    {
      kind: 'table',
      columns: [1, 4, 3],
      headerRows: [{ cells: [{ blocks: [{ kind: 'paragraph', content: ['№'] }] }, { blocks: [{ kind: 'paragraph', content: ['Название'] }] }, { blocks: [{ kind: 'paragraph', content: ['Результат'] }] }] }],
      rows: [
        { cells: [{ colSpan: 3, fill: '#F2F2F2', blocks: [{ kind: 'paragraph', content: ['1. Раздел во всю ширину'], bold: true }] }] },
        { cells: [{ blocks: [{ kind: 'paragraph', content: ['1.1'] }] }, { blocks: [{ kind: 'paragraph', content: ['Первый'] }] }, { rowSpan: 2, blocks: [{ kind: 'paragraph', content: ['Общий результат'] }] }] },
        { cells: [{ blocks: [{ kind: 'paragraph', content: ['1.2'] }] }, { blocks: [{ kind: 'paragraph', content: ['Второй'] }] }] },
      ],
    },
  ],
}

describe('writeOdt', async () => {
  const bytes = await writeOdt(doc)
  const zip = await JSZip.loadAsync(bytes)

  it('stores the mimetype first and uncompressed, with a manifest', async () => {
    // Local file header: the name at offset 30, compression method (0 = stored) at offset 8.
    expect(bytes.subarray(30, 38).toString('latin1')).toBe('mimetype')
    expect(bytes.readUInt16LE(8)).toBe(0)
    expect(await zip.file('mimetype')!.async('string')).toBe(ODT_MIME_TYPE)
    const manifest = await zip.file('META-INF/manifest.xml')!.async('string')
    expect(manifest).toContain('manifest:full-path="content.xml"')
  })

  it('writes well-formed parts with spans, covered cells, a header row and a real footnote', async () => {
    for (const name of ['content.xml', 'styles.xml', 'meta.xml', 'META-INF/manifest.xml']) {
      expect(xmlFault(await zip.file(name)!.async('string')), name).toBeUndefined()
    }
    const content = await zip.file('content.xml')!.async('string')
    expect(content).toContain('table:number-columns-spanned="3"')
    expect(content).toContain('table:number-rows-spanned="2"')
    // Row 1: one cell + two covered; row 3: two cells + one covered under the merge.
    expect(content.match(/<table:covered-table-cell\/>/g)).toHaveLength(3)
    expect(content).toContain('<table:table-header-rows>')
    expect(content).toMatch(/<text:note [^>]*text:note-class="footnote"><text:note-citation>1<\/text:note-citation><text:note-body><text:p[^>]*>Опытно-экспериментальная работа<\/text:p>/)
    expect(content).toContain('<text:h text:style-name="Heading_20_1" text:outline-level="1">Заголовок первого уровня</text:h>')
    expect(content).toContain('второй <text:s text:c="2"/>пункт')
  })

  it('opens in LibreOffice and prints every word, the footnote at the page foot and the footer', async () => {
    const pages = await pdfToTextPages(await convertToPdf(bytes, 'probe.odt'))
    expect(pages).toHaveLength(1)
    const text = pages[0].replace(/\s+/g, ' ')
    for (const words of ['Заголовок первого уровня', 'жирным', 'Раздел во всю ширину', 'Общий результат', 'Первый', 'Второй', 'Опытно-экспериментальная работа', 'Страница 1 из 1']) {
      expect(text).toContain(words)
    }
    // The merged cell prints once.
    expect(text.match(/Общий результат/g)).toHaveLength(1)
  }, 120_000)
})
