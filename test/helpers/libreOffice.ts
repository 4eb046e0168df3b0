/**
 * The same LibreOffice and pdftotext checks as soffice.ts, for tests that hold
 * the document in memory rather than in a file.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { convertToPdf as convertFile, pdfToText } from './soffice'

async function inTempDir<T> (work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'planerka-soffice-'))
  try {
    return await work(dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Converts `bytes` (a .odt or .docx named `name`) to PDF in a fresh LibreOffice profile; returns the PDF. */
export function convertToPdf (bytes: Buffer, name: string): Promise<Buffer> {
  return inTempDir(async dir => {
    const input = join(dir, name)
    await writeFile(input, bytes)
    return readFile(await convertFile(input, dir))
  })
}

/** The text of a PDF, page by page, with table columns kept apart. */
export function pdfToTextPages (pdf: Buffer): Promise<string[]> {
  return inTempDir(async dir => {
    const file = join(dir, 'in.pdf')
    await writeFile(file, pdf)
    return pdfToText(file, { layout: true })
  })
}
