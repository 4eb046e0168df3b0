/**
 * LibreOffice headless for the export tests: an exported DOCX or ODT must
 * open in it without error (converted to PDF and read back). Installed with
 * apt-get when missing and running as root, like Chromium; otherwise the
 * test fails with the one command to run.
 */
import { execFile, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, extname, join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
export const SOFFICE = '/usr/bin/soffice'
/** A first start of LibreOffice builds its profile: allow for it on a busy two-core machine. */
const convertTimeoutMs = 180_000

export function ensureLibreOffice (): void {
  if (existsSync(SOFFICE)) return
  if (process.getuid?.() !== 0) throw new Error('Для проверки выгрузок нужен LibreOffice. Установите его: sudo apt-get install -y libreoffice-writer')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'libreoffice-writer']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env })
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} завершилась с кодом ${result.status}. Установите вручную: apt-get install -y libreoffice-writer`)
  }
  if (!existsSync(SOFFICE)) throw new Error(`После установки ${SOFFICE} не найден. Установите вручную: apt-get install -y libreoffice-writer`)
}

/** Converts `file` to PDF with a fresh LibreOffice profile; returns the PDF's path in `outDir`. Throws on any failure. */
export async function convertToPdf (file: string, outDir: string): Promise<string> {
  ensureLibreOffice()
  const profile = await mkdtemp(join(tmpdir(), 'planerka-lo-'))
  try {
    const { stderr } = await run(SOFFICE, [
      `-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, file,
    ], { timeout: convertTimeoutMs })
    const pdf = join(outDir, basename(file, extname(file)) + '.pdf')
    if (!(await readdir(outDir)).includes(basename(pdf))) throw new Error(`LibreOffice did not convert ${file}: ${stderr}`)
    if (/error/i.test(stderr)) throw new Error(`LibreOffice reported an error converting ${file}: ${stderr}`)
    return pdf
  } finally {
    await rm(profile, { recursive: true, force: true })
  }
}

export const PDFTOTEXT = '/usr/bin/pdftotext'

function ensurePdftotext (): void {
  if (existsSync(PDFTOTEXT)) return
  if (process.getuid?.() !== 0) throw new Error('Для чтения PDF в тестах нужен pdftotext. Установите его: sudo apt-get install -y poppler-utils')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'poppler-utils']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env })
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} завершилась с кодом ${result.status}. Установите вручную: apt-get install -y poppler-utils`)
  }
}

/** The PDF's text by pages (pdftotext splits them with a form feed); `layout` keeps table columns apart. */
export async function pdfToText (file: string, { layout = false }: { layout?: boolean } = {}): Promise<string[]> {
  ensurePdftotext()
  const { stdout } = await run(PDFTOTEXT, ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), file, '-'], { maxBuffer: 64 * 1024 * 1024 })
  return stdout.split('\f').slice(0, -1)
}
