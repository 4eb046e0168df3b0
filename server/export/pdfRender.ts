/**
 * Renders a pdfmake document definition on the server with the embedded PT
 * fonts. pdfmake's server entry is one shared instance, configured once here.
 */
import { readFileSync } from 'node:fs'
import pdfmake from 'pdfmake'
import { fontFiles } from './fonts'

/** A pdfmake content node; pdfmake's own shapes are many and untyped, so only the outline is checked. */
export type PdfContent = string | PdfContent[] | { [key: string]: unknown }

export interface PdfDefinition {
  content: PdfContent
  [key: string]: unknown
}

let configured = false

function configure (): void {
  if (configured) return
  const fonts: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }> = {}
  for (const [family, faces] of Object.entries(fontFiles())) {
    const names = { normal: '', bold: '', italics: '', bolditalics: '' }
    for (const face of ['normal', 'bold', 'italics', 'bolditalics'] as const) {
      // Fonts go into pdfmake's in-memory file system: a render then reads no file at all.
      names[face] = `${family}-${face}.ttf`
      pdfmake.virtualfs.writeFileSync(names[face], readFileSync(faces[face]))
    }
    fonts[family] = names
  }
  pdfmake.setFonts(fonts)
  // The documents are made of users' text: no URL or local path in a definition
  // may make the server fetch a page or read a file (pdfmake CVE-2026-26801).
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy(() => false)
  configured = true
}

export async function renderPdf (definition: PdfDefinition): Promise<Buffer> {
  configure()
  return pdfmake.createPdf(definition).getBuffer()
}
