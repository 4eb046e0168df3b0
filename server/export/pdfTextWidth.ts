/**
 * Widths of words in the PDF's embedded fonts, measured with fontkit (the
 * font engine pdfmake itself draws with), so a table column can be made
 * exactly as wide as its longest word: an estimate per letter is either too
 * narrow («Цент|р» broken in the middle) or so wide that the minimums of a
 * many-column table no longer fit and are squeezed again.
 */
import { readFileSync } from 'node:fs'
import { create, type FontkitFont } from 'fontkit'
import { FontFamily, fontFiles } from './fonts'

const loaded = new Map<string, FontkitFont>()

function font (bold: boolean): FontkitFont {
  const face = bold ? 'bold' : 'normal'
  let found = loaded.get(face)
  if (!found) {
    found = create(readFileSync(fontFiles()[FontFamily.serif][face]))
    loaded.set(face, found)
  }
  return found
}

/** Points at `size` of PT Serif (bold for header cells). */
export function pdfTextWidth (text: string, size: number, bold: boolean): number {
  const face = font(bold)
  return (face.layout(text).advanceWidth / face.unitsPerEm) * size
}
