// The checks `npm test` runs before any test: the type checker over the whole
// tree and ESLint (typescript-eslint plus the import boundaries of README
// «Architecture»). They run as separate processes so a failure prints exactly
// what the tool printed, and the exit code says which one failed.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { root } from './prepare.mjs'

const checks = [
  { what: 'Проверка типов (tsc --noEmit)', args: [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', '.'] },
  { what: 'Линтер (eslint .)', args: [join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--max-warnings', '0', '.'] },
]

/** Runs each check (both, even when the first fails, so one run shows everything); returns the names of those that failed. */
export function runStaticChecks () {
  const failed = []
  for (const { what, args } of checks) {
    const started = Date.now()
    console.log(`› ${what}…`)
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' })
    if (result.status === 0) {
      console.log(`✓ ${what} (${((Date.now() - started) / 1000).toFixed(1)} с)`)
    } else {
      console.error(`✗ ${what}: ошибки выше (код ${result.status ?? result.signal}).`)
      failed.push(what)
    }
  }
  return failed
}

