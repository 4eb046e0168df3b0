/**
 * Soak: `--clients` (50) clients reconnecting at random over `--boards` (20)
 * boards for `--seconds` (600) against the real server in this process; the
 * clients run on a worker thread. Every 30 s it prints the server's memory
 * (heap after a full GC, RSS), the documents and connections it holds, the
 * presence states it keeps and its live timers. After the clients leave it
 * checks that every document was released, every presence removed and the
 * timers are back to where they started.
 *
 *   node --expose-gc --import tsx bench/soak/soak.ts                  (10 minutes)
 *   node --expose-gc --import tsx bench/soak/soak.ts --seconds 60     (a quick look)
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { Worker } from 'node:worker_threads'
import * as Y from 'yjs'
import { startServer } from '../../server/startServer'
import { ApiClient } from '../../test/helpers/api'
import type { BoardDetails } from '../../shared/api'
import type { SoakClientsData } from './soakClients'

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '50' },
    boards: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '600' },
    seed: { type: 'string', default: '42' },
  },
})
const PASSWORD = 'soak-admin-password'
/** Short, so documents are really released and reloaded during the soak (the default is 30 s). */
const UNLOAD_DELAY_MS = 3000
const USERS = 10

const gc = (globalThis as { gc?: () => void }).gc
if (!gc) console.error('Запустите с --expose-gc, иначе память измеряется без сборки мусора.')

const dataDir = await mkdtemp(join(tmpdir(), 'planerka-soak-'))
const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, adminPassword: PASSWORD, demo: false, unloadDelayMs: UNLOAD_DELAY_MS, log: () => {} })
const admin = new ApiClient(server.url)
await admin.signIn('admin', PASSWORD)
const boards: BoardDetails[] = []
for (let i = 0; i < Number(values.boards); i++) {
  const { body } = await admin.request<BoardDetails>('POST', '/api/boards', { district: `Район ${i + 1}`, year: '2023-2024' })
  boards.push(body)
}
const cookies: string[] = []
for (let i = 0; i < USERS; i++) {
  const login = `soak${i}`
  const password = `soak-password-${i}-long`
  await admin.request('POST', '/api/users', { login, password, name: `Участник ${i}` })
  for (const board of boards) await admin.request('PUT', `/api/boards/${board.id}/members/${login}`, { role: 'editor' })
  const client = new ApiClient(server.url)
  await client.signIn(login, password)
  cookies.push(client.cookie)
}

interface Sample {
  at: number
  heapMb: number
  rssMb: number
  documents: number
  connections: number
  awareness: number
  timers: number
  /** Encoded size of the documents in memory: their edit history grows with every edit (tombstones stay). */
  docsKb: number
}
const MB = 1024 * 1024
const started = Date.now()
async function sample (): Promise<Sample> {
  let docsBytes = 0
  for (const name of server.hub.loadedDocuments()) {
    const copy = await server.hub.snapshot(name)
    if (copy) docsBytes += Y.encodeStateAsUpdate(copy).byteLength
    copy?.destroy()
  }
  gc?.()
  const memory = process.memoryUsage()
  const stats = server.hub.stats()
  return {
    at: Math.round((Date.now() - started) / 1000),
    heapMb: +(memory.heapUsed / MB).toFixed(1),
    rssMb: +(memory.rss / MB).toFixed(1),
    documents: stats.documents,
    connections: stats.connections,
    awareness: stats.awarenessStates,
    timers: process.getActiveResourcesInfo().filter(kind => kind === 'Timeout').length,
    docsKb: Math.round(docsBytes / 1024),
  }
}
const show = (s: Sample) => console.log(`${String(s.at).padStart(4)} s  heap ${s.heapMb} MB  rss ${s.rssMb} MB  documents ${s.documents}  connections ${s.connections}  presence ${s.awareness}  timers ${s.timers}  documents' size ${s.docsKb} KB`)

const baseline = await sample()
show(baseline)
const samples: Sample[] = [baseline]
const seconds = Number(values.seconds)
const data: SoakClientsData = { url: server.url, cookies, boards: boards.map(b => ({ plan: b.documents.plan, report: b.documents.report })), clients: Number(values.clients), seconds, seed: Number(values.seed) }
const worker = new Worker(new URL('./soakClients.worker.mjs', import.meta.url), { workerData: data })
let progress = { sessions: 0, edits: 0, failures: 0 }
const done = new Promise<void>((resolve, reject) => {
  worker.on('message', (message: { kind: string; sessions: number; edits: number; failures: number }) => {
    progress = message
    if (message.kind === 'done') resolve()
  })
  worker.on('error', reject)
})
const timer = setInterval(() => {
  void sample().then(s => {
    samples.push(s)
    show(s)
  })
}, 30_000)
await done
clearInterval(timer)
await worker.terminate()

// Everyone left: wait for the unloads (a bench may poll), then look again.
const until = Date.now() + 60_000
while (Date.now() < until && (server.hub.stats().documents > 0 || server.hub.stats().connections > 0)) await new Promise(resolve => setTimeout(resolve, 500))
const final = await sample()
show(final)

const steady = samples.find(s => s.at >= Math.min(60, seconds / 3)) ?? samples[1] ?? baseline
const loaded = samples.slice(1)
const last = loaded[loaded.length - 1] ?? final
console.log('')
console.log(`clients ${data.clients}, boards ${boards.length}, ${seconds} s: ${progress.sessions} sessions, ${progress.edits} edits, ${progress.failures} failed sessions`)
console.log(`heap under load: ${steady.heapMb} MB at ${steady.at} s → ${last.heapMb} MB at ${last.at} s; rss ${steady.rssMb} → ${last.rssMb} MB; loaded documents' size ${steady.docsKb} → ${last.docsKb} KB`)
console.log(`after everyone left: heap ${final.heapMb} MB (before the soak ${baseline.heapMb} MB), documents ${final.documents}, connections ${final.connections}, presence ${final.awareness}, timers ${final.timers} (before ${baseline.timers})`)
const leaks = [
  final.documents !== 0 && `документов в памяти: ${final.documents}`,
  final.connections !== 0 && `соединений: ${final.connections}`,
  final.awareness !== 0 && `состояний присутствия: ${final.awareness}`,
  final.timers > baseline.timers && `таймеров больше, чем до начала: ${final.timers} > ${baseline.timers}`,
  progress.failures > 0 && `сеансов с ошибкой: ${progress.failures}`,
].filter(Boolean)
await server.close()
await rm(dataDir, { recursive: true, force: true })
if (leaks.length > 0) {
  console.error(`Утечки: ${leaks.join('; ')}`)
  process.exit(1)
}
console.log('Утечек нет: документы выгружены, присутствие удалено, таймеры на месте.')
