/**
 * DOCX files written by hand for the import tests: raw WordprocessingML the
 * way other programs (Word itself, LibreOffice, generators) write it, without
 * the docx library, so the importer is not only tested against our export.
 */
import JSZip from 'jszip'

const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A paragraph; `numbered` puts it in list `numId` at `level` (Word's automatic numbering or bullets). */
export function para (text: string, numbered?: { numId: number; level: number }): string {
  const numPr = numbered ? `<w:pPr><w:numPr><w:ilvl w:val="${numbered.level}"/><w:numId w:val="${numbered.numId}"/></w:numPr></w:pPr>` : ''
  const run = text === '' ? '' : `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`
  return `<w:p>${numPr}${run}</w:p>`
}

export interface HandCell {
  /** Paragraphs of the cell (already written with `para`), or plain text for one paragraph. */
  content: string
  gridSpan?: number
  vMerge?: 'restart' | 'continue'
}

export function cell (content: string | HandCell): string {
  const spec: HandCell = typeof content === 'string' ? { content: para(content) } : content
  const props = [
    spec.gridSpan ? `<w:gridSpan w:val="${spec.gridSpan}"/>` : '',
    spec.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : spec.vMerge === 'continue' ? '<w:vMerge/>' : '',
  ].join('')
  return `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/>${props}</w:tcPr>${spec.content || para('')}</w:tc>`
}

export function table (rows: Array<Array<string | HandCell>>, columns: number): string {
  const grid = `<w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(columns)}</w:tblGrid>`
  const body = rows.map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('')
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${body}</w:tbl>`
}

/** Decimal numbering «%1.» / «%1.%2.» (numId 1) and bullets (numId 2). */
export const numberingXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${w}">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`

export interface PackageOptions {
  numbering?: boolean
  /** numbering.xml to use instead of `numberingXml`. */
  numberingXml?: string
  /** Footnotes referenced by `<w:footnoteReference w:id="…"/>` in the body. */
  footnotes?: Array<{ id: number; text: string }>
}

function footnotesXml (notes: Array<{ id: number; text: string }>): string {
  // Word always writes the two separator notes (-1, 0) before the real ones.
  const separators = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
  const body = notes.map((note) => `<w:footnote w:id="${note.id}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> ${escapeXml(note.text)}</w:t></w:r></w:p></w:footnote>`).join('')
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="${w}">${separators}${body}</w:footnotes>`
}

export async function docxPackage (body: string, options: PackageOptions = {}): Promise<Buffer> {
  const zip = new JSZip()
  const hasNotes = (options.footnotes?.length ?? 0) > 0
  const numberingType = (options.numbering
    ? '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    : '') + (hasNotes ? '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>' : '')
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${numberingType}</Types>`)
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`)
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${options.numbering ? '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' : ''}${hasNotes ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>' : ''}</Relationships>`)
  if (options.numbering) zip.file('word/numbering.xml', options.numberingXml ?? numberingXml)
  if (hasNotes) zip.file('word/footnotes.xml', footnotesXml(options.footnotes!))
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${w}"><w:body>${body}<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:body></w:document>`)
  return zip.generateAsync({ type: 'nodebuffer' })
}

/** The official header row. */
export const officialHeader = ['№ п/п', 'Наименование мероприятия', 'Сроки проведения', 'Целевая аудитория', 'Ожидаемый результат']
