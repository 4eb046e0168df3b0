/** Reads the XML parts of a DOCX for tests, and the text of its paragraphs. */
import JSZip from 'jszip'

export async function docxPart (data: Buffer, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(data)
  const file = zip.file(path)
  if (!file) throw new Error(`No ${path} in the DOCX`)
  return file.async('string')
}

export async function docxPartNames (data: Buffer): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(data)).files)
}

const unescape = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

/** The text of every paragraph (`w:p`), in order. */
export function paragraphTexts (xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)].map(([p]) =>
    [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescape(t[1])).join(''))
}
