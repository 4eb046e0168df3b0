import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

// What `npm start` runs; test/globalSetup.ts builds it before the tests.
import { serverBundle } from '../../scripts/prepare.mjs'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

export interface ServerProcess {
  child: ChildProcess
  url: string
  output: () => string
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>
}

/**
 * The server as its own process, as `npm start` runs it (the bundle of `server/main.ts`), so a test can
 * kill -9 it. Resolves once it prints where it listens.
 */
export function startServerProcess (env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [serverBundle], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)))
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /запущена: (http:\/\/\S+)/.exec(output)
      if (match) {
        child.stdout!.off('data', onData)
        child.stdout!.on('data', (more: Buffer) => { output += more.toString() })
        resolve({ child, url: match[1], output: () => output, exited })
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', (chunk: Buffer) => { output += chunk.toString() })
    void exited.then(code => reject(new Error(`server exited with ${code} before listening:\n${output}`)))
  })
}

/** Runs the server and collects everything it prints until it exits by itself. */
export async function runServerUntilExit (env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [serverBundle], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString() })
  child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString() })
  const code = await new Promise<number | null>(resolve => child.on('exit', resolve))
  return { code, output }
}
