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
  /** Writes the profile; answers the process's `process.memoryUsage()` at that moment, in MiB. */
  stop (file: string): Promise<Record<string, number>>
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
  // BENCH_ALLOC_PROFILE=1: also where the window allocates, collected garbage included (what makes the GC work).
  const allocations = Boolean(process.env.BENCH_ALLOC_PROFILE)
  if (allocations) {
    await call('HeapProfiler.enable')
    await call('HeapProfiler.startSampling', { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true })
  }
  return {
    async stop (file: string) {
      const { profile } = await call('Profiler.stop')
      await writeFile(file, JSON.stringify(profile))
      if (allocations) {
        const { profile: sampled } = await call('HeapProfiler.stopSampling')
        await writeFile(file.replace(/\.cpuprofile$/, '.heapprofile'), JSON.stringify(sampled))
      }
      if (process.env.BENCH_HEAP_SNAPSHOT) {
        // Also what the heap holds at that moment (chunks arrive as events before the call answers).
        const chunks: string[] = []
        const onChunk = (data: WebSocket.RawData) => {
          const message = JSON.parse(data.toString()) as { method?: string; params?: { chunk: string } }
          if (message.method === 'HeapProfiler.addHeapSnapshotChunk') chunks.push(message.params!.chunk)
        }
        socket.on('message', onChunk)
        await call('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
        socket.off('message', onChunk)
        await writeFile(file.replace(/\.cpuprofile$/, '.heapsnapshot'), chunks.join(''))
      }
      const { result } = await call('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())' }) as { result: { value: string } }
      socket.close()
      const usage = JSON.parse(result.value) as Record<string, number>
      return Object.fromEntries(Object.entries(usage).map(([key, bytes]) => [key, Math.round(bytes / 1048576)]))
    },
  }
}
