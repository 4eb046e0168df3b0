// `npm start`: install what is missing, build the client, run the server.
import { spawn } from 'node:child_process'
import { ensureClientBuilt, ensureDependencies, root } from './prepare.mjs'

ensureDependencies()
ensureClientBuilt()

const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: root, stdio: 'inherit' })
// The server saves everything on SIGINT/SIGTERM; pass them on and wait for it.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
