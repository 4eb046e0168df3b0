// `npm test`: install what is missing, make sure Chromium and the built client
// are there for the browser tests, check types and lint, then run every test
// once. Arguments go to vitest (`npm test -- test/sync.test.ts`).
// PLANERKA_TEST_SKIP_CHECKS=1 skips the type check and the linter, for quick
// local runs of one file only; CI and a plain `npm test` never skip them.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { ensureChromium } from './ensureChromium.mjs'
import { ensureLibreOffice } from './ensureLibreOffice.mjs'
import { ensureClientBuilt, ensureDependencies, root } from './prepare.mjs'
import { runStaticChecks } from './staticChecks.mjs'

ensureDependencies()

if (process.env.PLANERKA_TEST_SKIP_CHECKS === '1') {
  console.log('› Проверка типов и линтер пропущены (PLANERKA_TEST_SKIP_CHECKS=1).')
} else {
  const failed = runStaticChecks()
  if (failed.length > 0) {
    console.error(`✗ Тесты не запускались: не прошли ${failed.join(' и ')}.`)
    process.exit(1)
  }
}

ensureChromium()
ensureLibreOffice()
ensureClientBuilt()

const vitest = spawn(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => vitest.kill(signal))
vitest.on('exit', code => process.exit(code ?? 1))
