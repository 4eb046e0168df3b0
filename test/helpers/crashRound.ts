import * as Y from 'yjs'
import type { BoardDetails, BoardSummary } from '../../shared/api'
import { boardTitleText } from '../../shared/board/boardDocs'
import { ApiClient } from './api'
import { startServerProcess, type ServerProcess } from './serverProcess'
import { readStoredState } from './storedState'
import { connectDoc } from './yClient'

/**
 * One crash round (issue 14 item 3, issue 13's kill -9 mid group commit),
 * shared by test/durability.test.ts (a few rounds) and bench/crashRounds.ts
 * (many): clients type into the demo board's plan title, the server process
 * is killed with SIGKILL at a moment drawn from `random`, restarted on the same
 * data folder, and what clients were told is saved is looked for.
 */
export interface CrashRoundResult {
  edits: number
  acknowledged: number
  /** Acknowledged edits missing after the restart (must be empty). */
  lost: string[]
  /** Edits missing after the clients' copies merged back (must be empty). */
  unmerged: string[]
}

export const CRASH_PASSWORD = 'crash-rounds-admin'

export async function bootServer (dataDir: string, onStart: (server: ServerProcess) => void = () => {}) {
  const server = await startServerProcess({ PLANERKA_DATA: dataDir, PLANERKA_ADMIN_PASSWORD: CRASH_PASSWORD })
  onStart(server)
  const admin = new ApiClient(server.url)
  await admin.signIn('admin', CRASH_PASSWORD)
  return { server, admin }
}

async function demoPlan (admin: ApiClient): Promise<string> {
  const list = await admin.request<{ boards: BoardSummary[] }>('GET', '/api/boards')
  const demo = list.body.boards.find(b => b.district === 'Демо-район')
  if (!demo) throw new Error('no demo board')
  return (await admin.request<BoardDetails>('GET', `/api/boards/${demo.id}`)).body.documents.plan
}

export async function crashRound (dataDir: string, round: number, random: () => number, clientCount: number, onStart?: (server: ServerProcess) => void): Promise<CrashRoundResult> {
  const { server, admin } = await bootServer(dataDir, onStart)
  const planName = await demoPlan(admin)
  const clients = Array.from({ length: clientCount }, () => connectDoc(server.url, planName, admin.cookie))
  await Promise.all(clients.map(client => client.whenSynced()))
  const typed = clients.map(() => [] as string[])
  const acknowledged = clients.map(() => 0)
  const note = () => clients.forEach((client, i) => { if (client.saveState === 'saved') acknowledged[i] = typed[i].length })
  const killAfter = 40 + Math.floor(random() * 160)
  for (let edit = 0; edit < killAfter; edit++) {
    const who = Math.floor(random() * clients.length)
    const token = `[r${round}c${who}e${typed[who].length}]`
    const title = boardTitleText(clients[who].doc)
    title.insert(title.length, token)
    typed[who].push(token)
    // Sometimes wait for «saved», sometimes let a turn pass, mostly type on: the kill lands mid commit.
    const pause = random()
    if (pause < 0.05) await clients[who].whenSaved()
    else if (pause < 0.3) await new Promise(resolve => setImmediate(resolve))
    note()
  }
  server.child.kill('SIGKILL')
  await server.exited
  note()
  for (const client of clients) client.destroy()

  // Throws if a file is torn anywhere but a log's last record.
  if (!await readStoredState(dataDir, planName)) throw new Error('nothing stored')
  const again = await bootServer(dataDir, onStart)
  try {
    const reader = connectDoc(again.server.url, planName, again.admin.cookie)
    await reader.whenSynced()
    const text = boardTitleText(reader.doc).toString()
    const lost = typed.flatMap((tokens, i) => tokens.slice(0, acknowledged[i])).filter(token => !text.includes(token))
    // What was not acknowledged comes back when the clients reconnect and merge: their docs kept it.
    for (const client of clients) Y.applyUpdate(reader.doc, Y.encodeStateAsUpdate(client.doc))
    await reader.whenSaved()
    const merged = boardTitleText(reader.doc).toString()
    reader.destroy()
    return {
      edits: killAfter,
      acknowledged: acknowledged.reduce((a, b) => a + b, 0),
      lost,
      unmerged: typed.flat().filter(token => !merged.includes(token)),
    }
  } finally {
    again.server.child.kill('SIGKILL')
    await again.server.exited
  }
}

/** A small fixed-seed generator (mulberry32): the same kill moments every run. */
export function seeded (seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
