// Browser tests drive Debian's Chromium. Find it; install it when missing and
// we are root; otherwise stop with the one command to run.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const CHROMIUM = '/usr/bin/chromium'

export function ensureChromium () {
  if (existsSync(CHROMIUM)) return
  if (process.getuid?.() !== 0) {
    console.error(`Для браузерных тестов нужен Chromium. Установите его: sudo apt-get install -y chromium`)
    process.exit(1)
  }
  console.log('› Установка Chromium (apt-get install chromium)…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env })
    if (result.status !== 0) {
      console.error(`✗ apt-get ${args.join(' ')} завершилась с кодом ${result.status}. Установите вручную: apt-get install -y chromium`)
      process.exit(1)
    }
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`✗ После установки ${CHROMIUM} не найден. Установите вручную: apt-get install -y chromium`)
    process.exit(1)
  }
}
