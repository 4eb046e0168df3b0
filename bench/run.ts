/**
 * `npm run bench`: the table of issue 13 in one go. The reference y-websocket
 * server, Hocuspocus and Planerka run one after another on loopback, each in
 * its own process (a fresh one per row), under the same load generator
 * (bench/peers/loadClients.ts) in several client processes. Prints a markdown
 * table with the ratio of Planerka to the better peer, and writes the figures
 * to bench/results/<timestamp>.json.
 *
 *   npm run bench                                  # all rows, all servers
 *   npm run bench -- --quick                       # a short smoke run
 *   npm run bench -- --only planerka,hocuspocus --rows a,e --seconds 20
 *   npm run bench -- --warmup 0                    # measure from the first edit (default: 2 s of warm-up first)
 *   npm run bench -- --runs 3                      # every row 3 times (interleaved); the table shows medians
 *   npm run bench -- --instances 2                 # the cluster bench (bench/cluster.ts)
 *
 * Latency is edit → seen by another client of the same document, over the
 * window after a warm-up of editing (its p99 is kept apart, `warmupP99Ms`). A row is
 * flagged † when a client process used ≥ 90 % of a core while editing: then
 * it measures the clients as much as the server.
 */
import { spawn } from 'node:child_process'
import { cpus } from 'node:os'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { ServerKind } from './peers/benchClient'
import { runLoad, runInitialSync } from './peers/rows'
import { peakRssMiB } from './peers/procStats'
import { startServer } from './peers/serverUnderTest'

const here = fileURLToPath(new URL('.', import.meta.url))

// Any --instances flag: the several-instances bench of issue 15 instead.
if (process.argv.some(a => a === '--instances' || a.startsWith('--instances='))) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'cluster.ts'), ...process.argv.slice(2)], { stdio: 'inherit' })
  child.on('exit', code => process.exit(code ?? 1))
} else {
  await main()
  // The clients' sockets and timers of the last row must not keep a finished bench alive (it sat idle after its table).
  process.exit(0)
}

async function main (): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      rows: { type: 'string' },
      seconds: { type: 'string' },
      warmup: { type: 'string' },
      'client-processes': { type: 'string', default: '2' },
      'cpu-prof': { type: 'string' },
      'window-prof': { type: 'string' },
      'connect-prof': { type: 'string' },
      'planerka-node-flags': { type: 'string' },
      runs: { type: 'string', default: '1' },
    },
  })
  const kinds = (values.only ?? 'ywebsocket,hocuspocus,planerka').split(',') as ServerKind[]
  for (const kind of kinds) if (!Object.values(ServerKind).includes(kind)) throw new Error(`--only: unknown server ${kind}`)
  const rows = (values.rows ?? (values.quick ? 'a,d,f' : 'a,b,c,d,e,f')).split(',')
  const seconds = Number(values.seconds ?? (values.quick ? 3 : 10))
  const warmupSeconds = Number(values.warmup ?? (values.quick ? 1 : 2))
  const processes = Number(values['client-processes'])
  const runs = Math.max(1, Number(values.runs) || 1)
  /** Every run's figures per row and server; the table shows their medians. */
  const measured: Record<string, Partial<Record<ServerKind, Figures[]>>> = {}
  const phase = (what: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${what}`)

  const loads: Record<string, { docs: number; perDoc: number; rate: number }> = {
    a: { docs: 1, perDoc: 10, rate: 2 },
    b: { docs: 1, perDoc: 50, rate: 2 },
    c: { docs: 1, perDoc: 200, rate: 2 },
    d: { docs: 100, perDoc: 5, rate: 0.5 },
    e: { docs: values.quick ? 100 : 400, perDoc: 5, rate: 0.5 },
  }
  // Run after run through all rows and servers (not one row's runs back to back), so that a busy spell of the
  // machine falls on every server alike; the spread from run to run here is as large as 2×.
  for (let run = 1; run <= runs; run++) {
    for (const row of rows) {
      for (const kind of kinds) {
        // --cpu-prof <row>: profile Planerka's server process for that row.
        const profile = kind === ServerKind.planerka && values['cpu-prof'] === row
        // "--planerka-node-flags=--a --b": extra node/V8 flags for Planerka's server (to try a setting before it goes into
        // `npm start`); written with `=`, as parseArgs takes a value that starts with -- only so.
        const extraFlags = kind === ServerKind.planerka ? (values['planerka-node-flags'] ?? '').split(' ').filter(Boolean) : []
        const server = await startServer(kind, { nodeFlags: [...extraFlags, ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${join(here, 'results', 'profiles')}`] : [])] })
        let figures: Figures
        try {
          phase(`row ${row}: ${kind}${runs > 1 ? ` (run ${run} of ${runs})` : ''}`)
          /** The file for a profile of this server that `flag` asks for on this row, its folder made (each server its own, to compare). */
          const profileFor = async (flag: 'window-prof' | 'connect-prof', prefix: string) => {
            if (values[flag] !== row) return undefined
            await mkdir(join(here, 'results', 'profiles'), { recursive: true })
            return join(here, 'results', 'profiles', `${prefix}-${row}-${kind}-${Date.now()}.cpuprofile`)
          }
          // --window-prof <row>: over the editing window (row f: the fresh syncs) alone.
          const profileFile = await profileFor('window-prof', 'window')
          if (row === 'f') {
            figures = await runInitialSync(server, values.quick ? 5 : 20, profileFile)
            if (profileFile) phase(`profile of the fresh syncs: ${profileFile}`)
          } else if (loads[row]) {
            // --connect-prof <row>: while the clients connect and sync.
            const connectProfileFile = await profileFor('connect-prof', 'connect')
            const loaded = await runLoad(server, { ...loads[row], warmupSeconds, seconds, processes, profileFile, connectProfileFile })
            if (profileFile) phase(`profile of the editing window: ${profileFile}`)
            if (connectProfileFile) phase(`profile of the connecting: ${connectProfileFile}`)
            figures = { ...loaded, rssPeakMiB: +peakRssMiB(server.pid).toFixed(0) }
            if (loaded.lost > 0 || loaded.held < loaded.connections) console.error(`${kind} lost edits or connections; the end of its output:\n${server.output().slice(-3000)}`)
          } else {
            throw new Error(`unknown row ${row}`)
          }
          phase(`row ${row}: ${kind}: ${JSON.stringify(figures)}`)
          ;((measured[row] ??= {})[kind] ??= []).push(figures)
        } finally {
          await server.stop()
        }
      }
    }
  }

  const results = Object.fromEntries(Object.entries(measured).map(([row, servers]) =>
    [row, Object.fromEntries(Object.entries(servers).map(([kind, all]) => [kind, medianFigures(all)]))])) as Record<string, Cells>
  const table = formatTable(results, kinds)
  console.log(table)
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  await mkdir(join(here, 'results'), { recursive: true })
  const file = join(here, 'results', `${stamp}.json`)
  await writeFile(file, JSON.stringify({ machine: { cores: cpus().length, cpu: cpus()[0]?.model, node: process.version }, warmupSeconds, seconds, processes, runs, rows: results, everyRun: measured, table }, null, 2))
  console.error(`results: ${file}`)
}

type Figures = Record<string, number | boolean>
type Cells = Partial<Record<ServerKind, Figures>>

/**
 * One server's figures over several runs: the median of each (of an even count the lower middle one: of
 * 2 runs the better, for every server alike), except that edits lost and connections dropped count at
 * their worst and a row is client-bound if any run was.
 */
function medianFigures (all: Figures[]): Figures {
  const out: Figures = {}
  for (const key of Object.keys(all[0])) {
    const values = all.map(figures => figures[key])
    if (typeof values[0] === 'boolean') out[key] = values.some(Boolean)
    else if (key === 'lost') out[key] = Math.max(...values as number[])
    else if (key === 'held') out[key] = Math.min(...values as number[])
    else {
      const sorted = (values as number[]).slice().sort((x, y) => x - y)
      out[key] = sorted[Math.floor((sorted.length - 1) / 2)]
    }
  }
  return out
}

/** The issue's table: one line per row, a cell per server, and Planerka ÷ the better peer for each figure. */
function formatTable (results: Record<string, Cells>, kinds: ServerKind[]): string {
  const lines = [
    '| load | reference y-websocket | Hocuspocus | Planerka | Planerka ÷ better peer |',
    '|---|---|---|---|---|',
  ]
  const spec: Record<string, { label: string; row: string; fields: [string, string][] }> = {
    a: { label: '(a) 10 editors on one doc, 2 edits/s each: p99', row: 'a', fields: [['p99Ms', 'ms']] },
    b: { label: '(b) 50 editors: p99', row: 'b', fields: [['p99Ms', 'ms']] },
    c: { label: '(c) 200 editors (400 edits/s): p99', row: 'c', fields: [['p99Ms', 'ms']] },
    d: { label: '(d) 100 boards × 5 clients, 0.5 edits/s each: p99 / server CPU', row: 'd', fields: [['p99Ms', 'ms'], ['serverCpuPercent', '%']] },
    e: { label: '(e) 400 boards × 5 (2,000 connections): p99 / server CPU / all connected', row: 'e', fields: [['p99Ms', 'ms'], ['serverCpuPercent', '%'], ['allConnectedS', 's']] },
    f: { label: '(f) fresh client, initial sync of a ~644 KB document: p50', row: 'f', fields: [['p50Ms', 'ms']] },
    g: { label: '(g) server RSS peak at 2,000 connections', row: 'e', fields: [['rssPeakMiB', 'MiB']] },
  }
  for (const key of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
    const { label, row, fields } = spec[key]
    const cells = results[row]
    if (!cells) continue
    const cell = (kind: ServerKind) => {
      const r = cells[kind]
      if (!r) return '—'
      const text = fields.map(([f, unit]) => `${r[f]} ${unit}`).join(' / ')
      const notes = [r.clientBound ? '†' : '', (r.lost as number) > 0 ? ` (${r.lost} lost)` : ''].join('')
      return key === 'g' ? text : text + notes
    }
    const ratio = fields.map(([f]) => {
      const mine = cells.planerka?.[f] as number | undefined
      const peers = [cells.ywebsocket?.[f], cells.hocuspocus?.[f]].filter((v): v is number => typeof v === 'number')
      if (mine === undefined || peers.length === 0) return '—'
      const best = Math.min(...peers)
      return best > 0 ? `${(mine / best).toFixed(2)}×` : '—'
    }).join(' / ')
    const show = (kind: ServerKind) => kinds.includes(kind) ? cell(kind) : '—'
    lines.push(`| ${label} | ${show(ServerKind.ywebsocket)} | ${show(ServerKind.hocuspocus)} | ${show(ServerKind.planerka)} | ${ratio} |`)
  }
  lines.push('', 'Lost edits per row and server are in the JSON; † = a client process was at ≥ 90 % of a core while editing.')
  return lines.join('\n')
}
