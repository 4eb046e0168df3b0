// `npm test`: install what is missing, make sure Chromium and the built client
// are there for the browser tests, then run every test once.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { ensureChromium } from './ensureChromium.mjs'
import { ensureLibreOffice } from './ensureLibreOffice.mjs'
import { ensureClientBuilt, ensureDependencies, root } from './prepare.mjs'

ensureDependencies()
ensureChromium()
ensureLibreOffice()
ensureClientBuilt()

const vitest = spawn(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => vitest.kill(signal))
vitest.on('exit', code => process.exit(code ?? 1))
