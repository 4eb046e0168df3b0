// `npm run build:server`: the server as one JavaScript file, dist/server/main.mjs, which `npm start` runs.
// Running the TypeScript through tsx instead costs ~40 MiB of resident memory for the loader and its
// transpiled-module caches and a slower start (bench/README.md, row g); the bundle keeps the packages in
// node_modules outside (`packages: 'external'`) and is plain Node.
//
// Paths the server finds relative to its own file (import.meta.url) are laid out as in server/: the
// worker entries sit beside main.mjs under the names the source gives them, and so does demoPlan.txt.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { buildSync } from 'esbuild'
import { root, serverBundleDir } from './prepare.mjs'

rmSync(serverBundleDir, { recursive: true, force: true })
mkdirSync(serverBundleDir, { recursive: true })
buildSync({
  absWorkingDir: root,
  entryPoints: {
    main: 'server/main.ts',
    renderWorkerEntry: 'server/export/renderWorker.ts',
    importWorkerEntry: 'server/import/importWorker.ts',
    foldWorkerEntry: 'server/storage/log/foldWorker.ts',
  },
  outdir: serverBundleDir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  // Chunks beside the entries, so import.meta.url in any of them is dist/server/ (see above).
  chunkNames: '[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  // Not minified, so functions keep their names in stack traces. (`keepNames` would also keep the few that
  // bundling renames, at the price of a call for every closure made: 0.5 % of the server's busy time while 2,000
  // clients connected.)
  logLevel: 'warning',
})
copyFileSync(join(root, 'server', 'demo', 'demoPlan.txt'), join(serverBundleDir, 'demoPlan.txt'))
