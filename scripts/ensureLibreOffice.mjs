// The document tests open exported ODT and DOCX files in LibreOffice headless.
// Find it; install it when missing and we are root; otherwise stop with the one command to run.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const SOFFICE = '/usr/bin/soffice'

export function ensureLibreOffice () {
  if (existsSync(SOFFICE)) return
  if (process.getuid?.() !== 0) {
    console.error('Для проверки выгрузок ODT/DOCX нужен LibreOffice. Установите его: sudo apt-get install -y libreoffice-writer-nogui')
    process.exit(1)
  }
  console.log('› Установка LibreOffice (apt-get install libreoffice-writer-nogui)…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'libreoffice-writer-nogui', 'poppler-utils']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env })
    if (result.status !== 0) {
      console.error(`✗ apt-get ${args.join(' ')} завершилась с кодом ${result.status}. Установите вручную: apt-get install -y libreoffice-writer-nogui`)
      process.exit(1)
    }
  }
}
