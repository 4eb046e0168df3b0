/**
 * Several instances under load: the 2,000-connection load (400 boards × 5
 * clients, 0.5 edits/s each) on 1, 2 or 4 Planerka instances sharing one
 * PostgreSQL and one Redis, clients of every board spread over the
 * instances. Prints connections held, p99 of edit-to-remote latency within
 * an instance and across instances, and CPU per instance.
 *
 *   npm run bench:cluster -- --instances 2
 *   node --import tsx bench/cluster.ts --instances 4 --boards 400 --seconds 10
 *
 * PostgreSQL and Redis are started on loopback as in `npm run test:cluster`.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { BoardDetails } from '../shared/api'
import { ApiClient } from '../test/helpers/api'
import { startServerProcess, type ServerProcess } from '../test/helpers/serverProcess'
import { startPostgres, startRedis } from '../test/cluster/services'

const { values } = parseArgs({
  options: {
    instances: { type: 'string', default: '1' },
    boards: { type: 'string', default: '400' },
    'clients-per-board': { type: 'string', default: '5' },
    rate: { type: 'string', default: '0.5' },
    seconds: { type: 'string', default: '10' },
    'client-processes': { type: 'string', default: '2' },
  },
})
const instances = Number(values.instances)
const boardCount = Number(values.boards)
const perBoard = Number(values['clients-per-board'])
const rate = Number(values.rate)
const seconds = Number(values.seconds)
const processes = Number(values['client-processes'])
const PASSWORD = 'bench-password'
const here = fileURLToPath(new URL('.', import.meta.url))
const BENCH_USERS = 10

/** utime + stime of a process, in seconds (from /proc; Linux). */
function cpuSeconds (pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  // Fields 14 and 15 of stat, counted from the state field (3) after the name.
  return (Number(fields[11]) + Number(fields[12])) / 100
}

function percentile (values: number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]
}

const postgres = await startPostgres()
const redis = await startRedis()
const databaseUrl = await postgres.newDatabase()
const folders: string[] = []
const servers: ServerProcess[] = []
const children: ChildProcess[] = []
async function cleanUp (): Promise<void> {
  for (const c of children) c.kill('SIGKILL')
  for (const s of servers) s.child.kill('SIGTERM')
  await Promise.all(servers.map(s => s.exited))
  await redis.destroy()
  await postgres.destroy()
  await Promise.all(folders.map(dir => rm(dir, { recursive: true, force: true })))
}
// Stopped from outside (Ctrl+C, a timeout): leave no server, PostgreSQL or Redis behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => { void cleanUp().finally(() => process.exit(1)) })
try {
  for (let i = 0; i < instances; i++) {
    const dir = await mkdtemp(join(tmpdir(), 'planerka-bench-'))
    folders.push(dir)
    servers.push(await startServerProcess({ PLANERKA_DATA: dir, PLANERKA_DATABASE_URL: databaseUrl, PLANERKA_REDIS_URL: redis.url, PLANERKA_ADMIN_PASSWORD: PASSWORD,
      // Every bench client comes from one address and there are 200 per bench user: lift the connection caps (not the
      // rate limits — with all 2,000 clients as one person, their first sync alone was over the per-person rate, 4429).
      PLANERKA_CONNECTIONS_PER_USER: '100000', PLANERKA_CONNECTIONS_PER_BOARD: '100000', PLANERKA_CONNECTIONS_PER_ADDRESS: '100000' }))
  }
  const phase = (what: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${what}`)
  phase(`${instances} instance(s) up`)
  const admin = new ApiClient(servers[0].url)
  await admin.signIn('admin', PASSWORD)
  // Ten people, each the editor of every tenth board, as in `npm run bench`.
  const cookies: string[] = []
  for (let u = 0; u < BENCH_USERS; u++) {
    const created = await admin.request('POST', '/api/users', { login: `bench${u}`, password: PASSWORD, name: `Участник нагрузки ${u}` })
    if (created.status !== 201) throw new Error(`user bench${u} not created: ${created.status}`)
    const user = new ApiClient(servers[0].url)
    await user.signIn(`bench${u}`, PASSWORD)
    cookies.push(user.cookie)
  }
  const boards: BoardDetails[] = []
  for (let i = 0; i < boardCount; i++) {
    const { status, body } = await admin.request<BoardDetails>('POST', '/api/boards', { district: `Район ${i + 1}`, year: '2023-2024' })
    if (status !== 201) throw new Error(`board not created: ${status}`)
    const member = await admin.request('PUT', `/api/boards/${body.id}/members/bench${i % BENCH_USERS}`, { role: 'editor' })
    if (member.status !== 200) throw new Error(`member not added: ${member.status}`)
    boards.push(body)
  }
  phase(`${boards.length} boards created`)
  const specs = boards.flatMap((board, b) => Array.from({ length: perBoard }, (_, j) => {
    const instance = (b * perBoard + j) % instances
    return { url: servers[instance].url, doc: board.documents.plan, instance, user: b % BENCH_USERS }
  }))
  const shares = Array.from({ length: processes }, (_, p) => specs.filter((_, i) => i % processes === p))
  const connectStart = performance.now()
  children.push(...shares.map((clients, p) => fork(join(here, 'clusterClients.ts'), [JSON.stringify({ clients, cookies, seconds, rate, seed: 42 + p })], { execArgv: ['--import', 'tsx'] })))
  const message = (child: ReturnType<typeof fork>, kind: string) => new Promise<Record<string, unknown>>((resolve, reject) => {
    const timer = setTimeout(() => {
      // Say why: what the instances printed last (refusals, storage trouble).
      for (const [i, server] of servers.entries()) console.error(`instance ${i}, the end of its output:\n${server.output().slice(-3000)}`)
      reject(new Error(`no ${kind} from a client process within 5 minutes`))
    }, 300_000)
    child.on('message', (m: Record<string, unknown>) => { if (m.kind === kind) { clearTimeout(timer); resolve(m) } })
  })
  await Promise.all(children.map(c => message(c, 'connected')))
  const allConnectedMs = performance.now() - connectStart
  phase(`${specs.length} clients connected and synced`)
  const cpuBefore = servers.map(s => cpuSeconds(s.child.pid!))
  const t0 = performance.now()
  const results = children.map(c => message(c, 'result'))
  for (const c of children) c.send({ kind: 'go' })
  const done = await Promise.all(results)
  const elapsed = (performance.now() - t0) / 1000
  const cpu = servers.map((s, i) => Math.round((cpuSeconds(s.child.pid!) - cpuBefore[i]) / elapsed * 100))
  const within = done.flatMap(r => r.within as number[])
  const across = done.flatMap(r => r.across as number[])
  const held = done.reduce((sum, r) => sum + (r.held as number), 0)
  const result = {
    instances,
    connections: specs.length,
    held,
    allConnectedSeconds: +(allConnectedMs / 1000).toFixed(1),
    p99WithinMs: +percentile(within, 0.99).toFixed(1),
    p99AcrossMs: +percentile(across, 0.99).toFixed(1),
    p50AcrossMs: +percentile(across, 0.5).toFixed(1),
    samples: { within: within.length, across: across.length },
    cpuPercentPerInstance: cpu,
  }
  console.log(`instances ${instances}: held ${held}/${specs.length}, all connected ${result.allConnectedSeconds} s, p99 within ${result.p99WithinMs} ms, p99 across ${result.p99AcrossMs} ms (p50 ${result.p50AcrossMs}), CPU per instance ${cpu.map(c => `${c} %`).join(', ')}`)
  await mkdir(join(here, 'results'), { recursive: true })
  await writeFile(join(here, 'results', `cluster-${instances}.json`), JSON.stringify(result, null, 2))
} finally {
  await cleanUp()
}
