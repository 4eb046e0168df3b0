/**
 * The two kinds of row: a load (documents × clients editing at a rate, in
 * forked client processes) and the initial sync of a large document by a
 * fresh client.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import * as Y from 'yjs'
import { openClient } from './benchClient'
import type { ChildMessage, LoadClientSpec, LoadJob, ParentMessage } from './loadClients'
import { cpuMeter, listenOverflows, mainThreadCpuSeconds, peakRssMiB } from './procStats'
import type { ServerUnderTest } from './serverUnderTest'
import { startWindowProfile } from './windowProfile'

const loadScript = fileURLToPath(new URL('./loadClients.ts', import.meta.url))
/** A client process at this share of one core or more was the bottleneck, not the server. */
const CLIENT_BOUND_PERCENT = 90

export interface LoadFigures {
  [figure: string]: number | boolean
  p50Ms: number
  p99Ms: number
  samples: number
  /** p99 of the edits made in the warm-up before the window (not in the table: the first touch, for comparison). */
  warmupP99Ms: number
  lost: number
  held: number
  connections: number
  allConnectedS: number
  /** Handshakes the kernel dropped while they connected (the server's accept queue full): each retried a second later. */
  listenOverflows: number
  serverCpuPercent: number
  /** Of it, the main thread (JavaScript, its syscalls); the rest is GC helpers, libuv's pool, worker threads. */
  serverMainThreadCpuPercent: number
  clientCpuPercentMax: number
  clientBound: boolean
}

export function percentile (sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]
}

const round = (x: number) => +x.toFixed(1)

export async function runLoad (server: ServerUnderTest, load: { docs: number; perDoc: number; rate: number; warmupSeconds: number; seconds: number; processes: number; profileFile?: string; connectProfileFile?: string }): Promise<LoadFigures> {
  const target = await server.prepareDocs(load.docs)
  const specs: LoadClientSpec[] = []
  for (let doc = 0; doc < load.docs; doc++) {
    for (let n = 0; n < load.perDoc; n++) specs.push({ ...target(doc, n), docIndex: doc, writer: `${doc}.${n}`, edits: true })
  }
  const children: ChildProcess[] = Array.from({ length: load.processes }, () => fork(loadScript, [], { execArgv: ['--import', 'tsx'], serialization: 'advanced' }))
  // Listening from the start: 'ready' may come before anything else is set up here.
  const ready = children.map(c => new Promise<void>((resolve, reject) => {
    c.on('message', (m: ChildMessage) => { if (m.kind === 'ready') resolve() })
    c.once('exit', code => reject(new Error(`a client process exited (${code}) before it was ready`)))
  }))
  try {
    const next = <K extends ChildMessage['kind']>(child: ChildProcess, kind: K, ms = 300_000) => new Promise<Extract<ChildMessage, { kind: K }>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${kind} from a client process within ${ms / 1000} s`)), ms)
      const onMessage = (m: ChildMessage) => {
        if (m.kind !== kind) return
        clearTimeout(timer)
        child.off('message', onMessage)
        resolve(m as Extract<ChildMessage, { kind: K }>)
      }
      child.on('message', onMessage)
      child.once('exit', code => { clearTimeout(timer); reject(new Error(`a client process exited (${code}) before ${kind}`)) })
    })
    const tell = (m: ParentMessage) => { for (const c of children) c.send(m) }
    const jobOf = (p: number): LoadJob => ({ clients: specs.filter((_, i) => i % load.processes === p), seed: 42 + p })
    // The connect clock starts once the processes have loaded their code.
    await Promise.all(ready)
    // --connect-prof: the server while the clients connect and sync, alone.
    const connectProfile = load.connectProfileFile ? await startWindowProfile(server.pid) : null
    const connectStart = performance.now()
    const overflowsBefore = listenOverflows()
    const connected = children.map(c => next(c, 'connected'))
    children.forEach((c, p) => c.send({ kind: 'connect', job: jobOf(p) } satisfies ParentMessage))
    await Promise.all(connected)
    const allConnectedS = (performance.now() - connectStart) / 1000
    const connectOverflows = listenOverflows() - overflowsBefore
    if (connectProfile) await connectProfile.stop(load.connectProfileFile!)

    const measuring = children.map(c => next(c, 'measuring'))
    const sentMessages = children.map(c => next(c, 'sent'))
    tell({ kind: 'go', warmupSeconds: load.warmupSeconds, seconds: load.seconds, rate: load.rate })
    // The clients time the warm-up (they decide which edits are in it); CPU is measured from its end.
    await Promise.all(measuring)
    const profile = load.profileFile ? await startWindowProfile(server.pid) : null
    if (profile) console.error(`server RSS peak before the editing window: ${peakRssMiB(server.pid).toFixed(0)} MiB`)
    const meter = cpuMeter([server.pid, ...children.map(c => c.pid!)])
    const mainMeter = cpuMeter([server.pid], mainThreadCpuSeconds)
    const sent = await Promise.all(sentMessages)
    const [serverCpu, ...clientCpu] = meter()
    const [serverMainCpu] = mainMeter()
    const memory = await profile?.stop(load.profileFile!)
    if (memory) console.error(`server memory at the end of the editing window (MiB): ${JSON.stringify(memory)}`)
    const totals: Record<number, number> = {}
    for (const s of sent) for (const [doc, n] of Object.entries(s.sent)) totals[Number(doc)] = (totals[Number(doc)] ?? 0) + n
    const resultMessages = children.map(c => next(c, 'result'))
    tell({ kind: 'expect', totals, waitMs: 15_000 })
    const results = await Promise.all(resultMessages)
    tell({ kind: 'close' })

    const sortedOf = (part: (r: typeof results[number]) => Float64Array) => {
      const all = new Float64Array(results.reduce((n, r) => n + part(r).length, 0))
      let offset = 0
      for (const r of results) { all.set(part(r), offset); offset += part(r).length }
      return all.sort()
    }
    const all = sortedOf(r => r.latencies)
    return {
      p50Ms: round(percentile(all, 0.5)),
      p99Ms: round(percentile(all, 0.99)),
      samples: all.length,
      warmupP99Ms: round(percentile(sortedOf(r => r.warmupLatencies), 0.99)),
      lost: results.reduce((n, r) => n + r.lost, 0),
      held: results.reduce((n, r) => n + r.held, 0),
      connections: specs.length,
      allConnectedS: +allConnectedS.toFixed(2),
      listenOverflows: connectOverflows,
      serverCpuPercent: Math.round(serverCpu),
      serverMainThreadCpuPercent: Math.round(serverMainCpu),
      clientCpuPercentMax: Math.round(Math.max(...clientCpu)),
      clientBound: Math.max(...clientCpu) >= CLIENT_BOUND_PERCENT,
    }
  } finally {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL')
  }
}

/** A document of about 644 KB encoded: text in Russian typed in paragraphs, as a long report would be. */
function largeDocument (): Y.Doc {
  const doc = new Y.Doc()
  const text = doc.getText('benchReport')
  const paragraph = 'Методическое сопровождение педагогов образовательных учреждений района в рамках реализации программы развития. '
  // Size is measured between transactions: within one, adjacent insertions are not merged yet.
  while (Y.encodeStateAsUpdate(doc).length < 644 * 1000) {
    doc.transact(() => { for (let i = 0; i < 100; i++) text.insert(text.length, paragraph) })
  }
  return doc
}

/** Row (f): a ~644 KB document on the server, then `rounds` fresh clients one after another, each timed to its first sync. */
export async function runInitialSync (server: ServerUnderTest, rounds: number, profileFile?: string): Promise<Record<string, number>> {
  const target = (await server.prepareDocs(1))(0, 0)
  const source = largeDocument()
  const bytes = Y.encodeStateAsUpdate(source).length
  const expected = source.getText('benchReport').length
  const seeder = openClient(target, source)
  await seeder.whenSynced()
  const times: number[] = []
  // --window-prof f: the server over the fresh clients' syncs alone (not the seeding).
  const profile = profileFile ? await startWindowProfile(server.pid) : null
  try {
    for (let i = 0; i < rounds + 1; i++) {
      const started = performance.now()
      const fresh = openClient(target)
      await fresh.whenSynced()
      const text = fresh.doc.getText('benchReport')
      // The seeder's own update may still be on its way on the first round: wait for all of it.
      while (text.length < expected) await new Promise(resolve => setTimeout(resolve, 5))
      const ms = performance.now() - started
      fresh.destroy()
      if (i > 0) times.push(ms) // the first one also waited for the seeder
    }
  } finally {
    seeder.destroy()
    if (profile) await profile.stop(profileFile!)
  }
  times.sort((a, b) => a - b)
  return { p50Ms: round(percentile(times, 0.5)), maxMs: round(times[times.length - 1]), documentBytes: bytes, rounds }
}
