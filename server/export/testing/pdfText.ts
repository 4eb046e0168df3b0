/** Reads a PDF back for tests: each page's size and text, with pdf.js (no worker in Node). */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface PdfPage {
  width: number
  height: number
  text: string
}

export async function pdfPages (data: Buffer): Promise<PdfPage[]> {
  const document = await getDocument({ data: new Uint8Array(data), isEvalSupported: false, useSystemFonts: false }).promise
  const pages: PdfPage[] = []
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number)
    const { width, height } = page.getViewport({ scale: 1 })
    const content = await page.getTextContent()
    const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join('')
    // pdfmake writes each word as its own text item: spaces between them come out doubled.
    pages.push({ width, height, text: text.replace(/[ \t]+/g, ' ') })
  }
  await document.destroy()
  return pages
}

/**
 * Whether the words of `needle` occur in `text` in order, each within
 * `maxGap` characters of the one before. A long title wraps across lines
 * (also after a hyphen) and a row split over two pages is interrupted by its
 * other cells, the footer and the repeated header, so the words are in order
 * but not contiguous. Whitespace is ignored throughout.
 */
export function containsWords (text: string, needle: string, maxGap = 1500): boolean {
  const hay = squeeze(text)
  const words = needle.split(/\s+/).filter((word) => word !== '')
  if (words.length === 0) return true
  for (let start = hay.indexOf(words[0]); start !== -1; start = hay.indexOf(words[0], start + 1)) {
    let at = start + words[0].length
    const matched = words.slice(1).every((word) => {
      const next = hay.indexOf(word, at)
      if (next === -1 || next - at > maxGap) return false
      at = next + word.length
      return true
    })
    if (matched) return true
  }
  return false
}

/**
 * Text compared without its whitespace: a long title wraps across lines (and
 * after a hyphen), so the words are in order but the spaces between them are not.
 */
export function squeeze (text: string): string {
  return text.replace(/\s+/g, '')
}
