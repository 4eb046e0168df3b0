/**
 * A CPU profile of a running server process over the editing window only
 * (`--cpu-prof` covers the whole process: start, creating hundreds of boards,
 * connecting). SIGUSR1 opens Node's inspector in the process; the profile is
 * taken through the DevTools protocol and written as a .cpuprofile that
 * `bench/profileTop.ts` and Chrome's DevTools read.
 */
import { writeFile } from 'node:fs/promises'
import WebSocket from 'ws'

/** Node's default inspector port, which SIGUSR1 opens. */
const INSPECTOR_PORT = 9229

export interface WindowProfile {
  stop (file: string): Promise<void>
}

export async function startWindowProfile (pid: number): Promise<WindowProfile> {
  process.kill(pid, 'SIGUSR1')
  let targets: Array<{ webSocketDebuggerUrl: string }> = []
  for (let attempt = 0; attempt < 100 && targets.length === 0; attempt++) {
    try {
      targets = await (await fetch(`http://127.0.0.1:${INSPECTOR_PORT}/json/list`)).json() as typeof targets
    } catch {
      await new Promise(resolve => setTimeout(resolve, 50))
    }
  }
  if (targets.length === 0) throw new Error(`the inspector of process ${pid} did not open on port ${INSPECTOR_PORT}`)
  const socket = new WebSocket(targets[0].webSocketDebuggerUrl)
  await new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject) })
  let nextId = 1
  const call = (method: string, params: Record<string, unknown> = {}) => new Promise<Record<string, unknown>>((resolve, reject) => {
    const id = nextId++
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(data.toString()) as { id?: number; result?: Record<string, unknown>; error?: unknown }
      if (message.id !== id) return
      socket.off('message', onMessage)
      if (message.error) reject(new Error(JSON.stringify(message.error)))
      else resolve(message.result ?? {})
    }
    socket.on('message', onMessage)
    socket.send(JSON.stringify({ id, method, params }))
  })
  await call('Profiler.enable')
  await call('Profiler.setSamplingInterval', { interval: 1000 })
  await call('Profiler.start')
  return {
    async stop (file: string) {
      const { profile } = await call('Profiler.stop')
      await writeFile(file, JSON.stringify(profile))
      socket.close()
    },
  }
}
