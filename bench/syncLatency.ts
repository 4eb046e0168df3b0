/**
 * Edit-to-remote latency through the real server (a separate process), with
 * N editors typing at once. Each editor types into its own cell of the plan;
 * one more client observes and records, for every keystroke, the time from the
 * editor's insert to the observer seeing it. Prints p50/p95/p99.
 *
 *   node --import tsx bench/syncLatency.ts --editors 200 --seconds 10
 *   node --import tsx bench/syncLatency.ts --editors 5 --items 300 --seconds 10
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import * as Y from 'yjs'
import { createNode, nodeText, planNodes } from '../shared/plan/planDoc'
import { NodeKind } from '../shared/plan/planFields'
import { readPlan } from '../shared/plan/planSnapshot'
import { ApiClient } from '../test/helpers/api'
import { startServerProcess } from '../test/helpers/serverProcess'
import { connectDoc } from '../test/helpers/yClient'
import type { BoardDetails, BoardSummary } from '../shared/api'

const { values } = parseArgs({
  options: {
    editors: { type: 'string', default: '20' },
    items: { type: 'string', default: '0' },
    seconds: { type: 'string', default: '10' },
    rate: { type: 'string', default: '5' },
  },
})
const editors = Number(values.editors)
const itemCount = Math.max(Number(values.items), editors)
const seconds = Number(values.seconds)
const keysPerSecond = Number(values.rate)

const dataDir = await mkdtemp(join(tmpdir(), 'planerka-bench-'))
const server = await startServerProcess({ PLANERKA_DATA: dataDir, PLANERKA_ADMIN_PASSWORD: 'bench-password' })
const admin = new ApiClient(server.url)
await admin.signIn('admin', 'bench-password')
const { body: list } = await admin.request<{ boards: BoardSummary[] }>('GET', '/api/boards')
const { body: board } = await admin.request<BoardDetails>('GET', `/api/boards/${list.boards[0].id}`)

// The plan: itemCount items in sections of 20.
const seeder = connectDoc(server.url, board.documents.plan, admin.cookie)
await seeder.whenSynced()
const ids: string[] = []
seeder.doc.transact(() => {
  let section = ''
  for (let i = 0; i < itemCount; i++) {
    if (i % 20 === 0) section = createNode(seeder.doc, { kind: NodeKind.section, parentId: null, fields: { title: `Раздел ${i / 20 + 1}` } })
    ids.push(createNode(seeder.doc, {
      kind: NodeKind.item,
      parentId: section,
      fields: { title: `Мероприятие ${i + 1}: семинар для руководителей и педагогов ОУ`, timing: 'октябрь - июнь', audience: 'руководители и педагоги ГБОУ и ГБДОУ', expectedResult: 'Повышение квалификации инновационных команд, отработка навыков командной работы.' },
    }))
  }
})
await seeder.whenSaved()
seeder.destroy()

const started = performance.now()
const snapshotTimes: number[] = []

const clients = Array.from({ length: editors + 1 }, () => connectDoc(server.url, board.documents.plan, admin.cookie))
await Promise.all(clients.map(c => c.whenSynced()))
const observer = clients[editors]
console.log(`${editors} editors + 1 observer connected and synced in ${(performance.now() - started).toFixed(0)} ms; plan of ${itemCount} items`)

// sentAt[editor][length after the keystroke] = time of the insert
const sentAt = Array.from({ length: editors }, () => new Map<number, number>())
const latencies: number[] = []
const cellOf = (doc: Y.Doc, i: number) => nodeText(planNodes(doc).get(ids[i])!, 'actualContent')!
for (let i = 0; i < editors; i++) {
  cellOf(observer.doc, i).observe(() => {
    const length = cellOf(observer.doc, i).length
    const at = sentAt[i].get(length)
    if (at !== undefined) {
      latencies.push(performance.now() - at)
      sentAt[i].delete(length)
    }
  })
}
observer.doc.on('update', () => {
  const t0 = performance.now()
  readPlan(observer.doc)
  if (snapshotTimes.length < 200) snapshotTimes.push(performance.now() - t0)
})

const interval = 1000 / keysPerSecond
const timers: NodeJS.Timeout[] = []
clients.slice(0, editors).forEach((client, i) => {
  const cell = cellOf(client.doc, i)
  // Spread the editors over the interval so they don't all type in the same millisecond.
  timers.push(setTimeout(() => {
    const tick = setInterval(() => {
      cell.insert(cell.length, 'а')
      sentAt[i].set(cell.length, performance.now())
    }, interval)
    timers.push(tick)
  }, (interval * i) / editors))
})
await new Promise(resolve => setTimeout(resolve, seconds * 1000))
for (const timer of timers) { clearTimeout(timer); clearInterval(timer) }
await new Promise(resolve => setTimeout(resolve, 2000))

const sorted = latencies.sort((a, b) => a - b)
const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]?.toFixed(1)
const lost = sentAt.reduce((sum, m) => sum + m.size, 0)
console.log(`keystrokes observed: ${sorted.length} (not seen within 2 s of the end: ${lost})`)
console.log(`edit → remote latency: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, p99 ${q(0.99)} ms, max ${sorted[sorted.length - 1]?.toFixed(1)} ms`)
const snap = snapshotTimes.sort((a, b) => a - b)
console.log(`plan snapshot rebuild (readPlan, ${itemCount} items): p50 ${snap[Math.floor(snap.length / 2)]?.toFixed(2)} ms, max ${snap[snap.length - 1]?.toFixed(2)} ms`)
console.log(`server RSS: ${await rssOf(server.child.pid!)} MiB`)

for (const client of clients) client.destroy()
server.child.kill('SIGTERM')
await server.exited
await rm(dataDir, { recursive: true, force: true })
process.exit(0)

async function rssOf (pid: number): Promise<string> {
  const { readFile } = await import('node:fs/promises')
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
  return (kb / 1024).toFixed(0)
}
