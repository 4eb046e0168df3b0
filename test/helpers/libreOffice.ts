/**
 * Opens documents in LibreOffice headless, as a municipal office would, and
 * converts them to PDF: a file LibreOffice cannot read fails the conversion.
 * Installs LibreOffice with apt-get when missing and running as root (like
 * Chromium for the browser tests); otherwise fails with the one command to run.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'

const SOFFICE = '/usr/bin/soffice'

export function ensureLibreOffice (): void {
  if (existsSync(SOFFICE)) return
  if (process.getuid?.() !== 0) throw new Error('Для проверки ODT/DOCX нужен LibreOffice: sudo apt-get install -y libreoffice-writer-nogui')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'libreoffice-writer-nogui']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env })
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed: apt-get install -y libreoffice-writer-nogui`)
  }
}

/** Converts `bytes` (a .odt or .docx named `name`) to PDF in a fresh LibreOffice profile; returns the PDF. */
export async function convertToPdf (bytes: Buffer, name: string): Promise<Buffer> {
  ensureLibreOffice()
  const dir = await mkdtemp(join(tmpdir(), 'planerka-soffice-'))
  try {
    const input = join(dir, name)
    await writeFile(input, bytes)
    // A fresh profile per run: a shared one is locked by any other running soffice.
    execFileSync(SOFFICE, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'out'), input],
      { stdio: 'pipe', timeout: 120_000 })
    return await readFile(join(dir, 'out', basename(name).replace(/\.[^.]+$/, '.pdf')))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** The text of a PDF, page by page (poppler's pdftotext; pages are split by form feeds). */
export async function pdfToTextPages (pdf: Buffer): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'planerka-pdftotext-'))
  try {
    const file = join(dir, 'in.pdf')
    await writeFile(file, pdf)
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    return text.split('\f').filter((page, index, all) => index < all.length - 1 || page.trim() !== '')
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
