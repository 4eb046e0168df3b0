/**
 * The load generator, run as a forked process (bench/run.ts starts several):
 * holds its share of the clients and, when told, has each one write edits at
 * a fixed rate. An edit is a new key `writer:seq` in the map `bench` holding
 * the wall-clock time it was made; every other client of the document records
 * how long it took to arrive (the processes share the machine's clock). At
 * the end each client's map must hold every edit of its document: the ones
 * missing are counted as lost.
 *
 * The first `warmupSeconds` of editing are the warm-up: every server has just
 * taken 2,000 connections and runs the edit path for the first time (its code
 * not yet optimised, each document's first change); their delays are kept apart
 * from the measured window's.
 *
 * Messages from the parent: connect (with the job: 2,000 clients' cookies are
 * more than one command-line argument may hold) → connected; go → measuring (the
 * warm-up is over), sent (edits per document); expect (totals per document) → result; close.
 */
import * as Y from 'yjs'
import { openClient, type BenchClient, type ClientTarget } from './benchClient'

export interface LoadClientSpec extends ClientTarget {
  /** Index of the client's document in the row (the same for all clients of one document). */
  docIndex: number
  /** Unique over the whole row: the prefix of this client's edit keys. */
  writer: string
  /** Only writers edit; the others (if any) only watch. */
  edits: boolean
}

export interface LoadJob { clients: LoadClientSpec[]; seed: number }

export type ParentMessage =
  | { kind: 'connect'; job: LoadJob }
  | { kind: 'go'; warmupSeconds: number; seconds: number; rate: number }
  | { kind: 'expect'; totals: Record<number, number>; waitMs: number }
  | { kind: 'close' }

export type ChildMessage =
  | { kind: 'ready' }
  | { kind: 'connected'; ms: number }
  | { kind: 'measuring' }
  | { kind: 'sent'; sent: Record<number, number> }
  | { kind: 'result'; latencies: Float64Array; warmupLatencies: Float64Array; lost: number; held: number; clients: number }

// Every WebsocketProvider adds a process 'exit' listener; hundreds per process are expected here.
process.setMaxListeners(0)
const now = () => performance.timeOrigin + performance.now()
const send = (message: ChildMessage) => process.send!(message)

interface Running { spec: LoadClientSpec; client: BenchClient; map: Y.Map<number>; sent: number }
let running: Running[] = []
/** Delays of edits made in the measured window, and apart those of the warm-up before it. */
class Delays {
  private values = new Float64Array(1 << 16)
  private count = 0

  add (delay: number): void {
    if (this.count === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2)
      bigger.set(this.values)
      this.values = bigger
    }
    this.values[this.count++] = delay
  }

  all (): Float64Array {
    return this.values.slice(0, this.count)
  }
}
const measured = new Delays()
const warmup = new Delays()
let recording = false
/** Edits made before this time are the warm-up's. */
let measuredFrom = Infinity

// A fixed-seed generator: the same spread of edit times every run.
let state = 0
const random = () => {
  state = (state * 1664525 + 1013904223) % 2 ** 32
  return state / 2 ** 32
}

async function connect (job: LoadJob): Promise<void> {
  const started = now()
  state = job.seed
  running = job.clients.map(spec => {
    const client = openClient(spec)
    const map = client.doc.getMap<number>('bench')
    map.observe(event => {
      if (!recording || event.transaction.local) return
      const at = now()
      for (const key of event.keysChanged) {
        const sentAt = map.get(key)
        if (typeof sentAt === 'number') (sentAt >= measuredFrom ? measured : warmup).add(at - sentAt)
      }
    })
    return { spec, client, map, sent: 0 }
  })
  await Promise.all(running.map(r => r.client.whenSynced()))
  send({ kind: 'connected', ms: now() - started })
}

async function go (warmupSeconds: number, seconds: number, rate: number): Promise<void> {
  recording = true
  measuredFrom = now() + warmupSeconds * 1000
  const end = measuredFrom + seconds * 1000
  // The parent measures the server's CPU from here on.
  setTimeout(() => send({ kind: 'measuring' }), warmupSeconds * 1000)
  const interval = 1000 / rate
  await Promise.all(running.filter(r => r.spec.edits).map(r => new Promise<void>(resolve => {
    const tick = () => {
      if (now() >= end) return resolve()
      r.map.set(`${r.spec.writer}:${r.sent++}`, now())
      setTimeout(tick, interval)
    }
    setTimeout(tick, random() * interval)
  })))
  const sent: Record<number, number> = {}
  for (const r of running) sent[r.spec.docIndex] = (sent[r.spec.docIndex] ?? 0) + r.sent
  send({ kind: 'sent', sent })
}

/** Waits (up to waitMs) for every client to hold all edits of its document, then counts what is missing. */
async function expect (totals: Record<number, number>, waitMs: number): Promise<void> {
  const missing = () => running.reduce((sum, r) => sum + Math.max(0, (totals[r.spec.docIndex] ?? 0) - r.map.size), 0)
  const deadline = now() + waitMs
  while (missing() > 0 && now() < deadline) await new Promise(resolve => setTimeout(resolve, 50))
  recording = false
  const held = running.filter(r => r.client.connected()).length
  send({ kind: 'result', latencies: measured.all(), warmupLatencies: warmup.all(), lost: missing(), held, clients: running.length })
}

process.on('message', (message: ParentMessage) => {
  switch (message.kind) {
    case 'connect': void connect(message.job); break
    case 'go': void go(message.warmupSeconds, message.seconds, message.rate); break
    case 'expect': void expect(message.totals, message.waitMs); break
    case 'close':
      for (const r of running) r.client.destroy()
      setTimeout(() => process.exit(0), 200)
      break
  }
})
send({ kind: 'ready' })
