// Steps shared by `npm start` and `npm test` on a fresh clone. Only Node's
// own modules here: this runs before dependencies are installed.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('..', import.meta.url))

/**
 * One line per step: «› what… готово (N с)». npm and vite run at their
 * quietest useful level (errors; warnings); what they still write to stderr
 * follows that line, and all their output comes with the failure message when
 * the step fails.
 */
function run (command, args, what) {
  const started = Date.now()
  process.stdout.write(`› ${what}… `)
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  if (result.status !== 0) {
    process.stdout.write('\n')
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`)
    console.error(`✗ Не удалось: ${what} (${command} ${args.join(' ')} завершилась с кодом ${result.status}).`)
    process.exit(result.status ?? 1)
  }
  console.log(`готово (${((Date.now() - started) / 1000).toFixed(1)} с)`)
  // Their summaries («added 302 packages») are in the line above; warnings they still print are worth reading.
  process.stderr.write(result.stderr ?? '')
}

function newestMtime (path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue
    newest = Math.max(newest, newestMtime(join(path, entry)))
  }
  return newest
}

/** Installs dependencies from the lockfile when they are missing or older than it. */
export function ensureDependencies () {
  const marker = join(root, 'node_modules', '.package-lock.json')
  const lock = join(root, 'package-lock.json')
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return
  // Errors only: peer and engine conflicts are settled in package.json («overrides»), install
  // scripts are reviewed there («allowScripts»); anything npm still has to say is a failure.
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], 'Установка зависимостей (npm ci)')
}

/** Where `npm run build:server` puts the server's bundle (scripts/buildServer.mjs). */
export const serverBundleDir = join(root, 'dist', 'server')
export const serverBundle = join(serverBundleDir, 'main.mjs')

/** Runs `args` (what: its progress line) unless `output` exists and is newer than every one of `sources`. */
function ensureBuilt (output, sources, args, what) {
  const newest = Math.max(...sources.map(newestMtime))
  if (existsSync(output) && statSync(output).mtimeMs >= newest) return
  run(process.execPath, args, what)
}

/** Bundles the server when dist/server/main.mjs is missing or older than its sources. */
export function ensureServerBuilt () {
  ensureBuilt(serverBundle, [join(root, 'server'), join(root, 'shared'), join(root, 'scripts', 'buildServer.mjs')],
    [join(root, 'scripts', 'buildServer.mjs')], 'Сборка сервера (esbuild)')
}

/** Builds the client when dist/ is missing or older than its sources. */
export function ensureClientBuilt () {
  ensureBuilt(join(root, 'dist', 'client', 'index.html'), [join(root, 'client'), join(root, 'shared'), join(root, 'vite.config.ts')],
    [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], 'Сборка клиента (vite build)')
}
