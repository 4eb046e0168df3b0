// `npm start`: install what is missing, build the client and the server's bundle, run the server.
import { spawn } from 'node:child_process'
import { ensureClientBuilt, ensureDependencies, ensureServerBuilt, root, serverBundle } from './prepare.mjs'

ensureDependencies()
ensureClientBuilt()
ensureServerBuilt()

const server = spawn(process.execPath, [serverBundle], { cwd: root, stdio: 'inherit' })
// The server saves everything on SIGINT/SIGTERM; pass them on and wait for it.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
