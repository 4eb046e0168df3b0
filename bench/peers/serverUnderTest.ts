/**
 * Starts one of the three servers as its own process on loopback and knows
 * how to give the load generator documents on it. The reference server and
 * Hocuspocus run in memory as they come and take any room name; Planerka runs
 * as `npm start` runs it (the bundle it builds, with its real sign-in, roles
 * and durable storage in a temporary data folder): the bench creates boards,
 * bench users and their editor memberships through its REST API, as an
 * administrator would.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BoardDetails } from '../../shared/api'
import { Role } from '../../shared/roles'
import { ApiClient } from '../../test/helpers/api'
import { ensureServerBuilt, serverBundle } from '../../scripts/prepare.mjs'
import { ServerKind, type ClientTarget } from './benchClient'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const PASSWORD = 'bench-password-1'
/**
 * Planerka limits one person to 400 updates/s over all connections; the
 * bench's clients are spread over this many users so no row reaches it
 * (2,000 connections at 0.5 edits/s are 100/s per user).
 */
const BENCH_USERS = 10

export interface ServerUnderTest {
  kind: ServerKind
  pid: number
  /**
   * Targets for `docs` documents: `clientsOf(doc, n)` gives the n-th client's
   * target of the doc-th document (Planerka: signed in as one of the bench users).
   */
  prepareDocs: (docs: number) => Promise<(doc: number, n: number) => ClientTarget>
  /** The last few KB the server printed (to show when a row lost edits). */
  output: () => string
  stop: () => Promise<void>
}

export interface StartOptions {
  /** Extra node flags for the server process (e.g. --cpu-prof). */
  nodeFlags?: string[]
}

function spawnUntil (args: string[], env: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; match: RegExpExecArray; exited: Promise<void>; output: () => string }> {
  const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const exited = new Promise<void>(resolve => child.on('exit', () => resolve()))
  return new Promise((resolve, reject) => {
    let listening = false
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8000)
      const match = listening ? null : ready.exec(output)
      if (match) {
        listening = true
        resolve({ child, match, exited, output: () => output })
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    void exited.then(() => reject(new Error(`${args.join(' ')} exited before listening:\n${output}`)))
  })
}

export async function startServer (kind: ServerKind, options: StartOptions = {}): Promise<ServerUnderTest> {
  const flags = options.nodeFlags ?? []
  if (kind === ServerKind.planerka) return startPlanerka(flags)
  const script = kind === ServerKind.ywebsocket ? 'bench/peers/ywebsocketServer.ts' : 'bench/peers/hocuspocusServer.ts'
  const { child, match, exited, output } = await spawnUntil([...flags, '--import', 'tsx', script], {}, /listening: (ws:\/\/\S+)/)
  const url = match[1]
  return {
    kind,
    pid: child.pid!,
    prepareDocs: async () => {
      const tag = Math.random().toString(36).slice(2, 8)
      return doc => ({ kind, url, room: `bench-${tag}-${doc}` })
    },
    output,
    stop: async () => { child.kill('SIGTERM'); await exited },
  }
}

async function startPlanerka (flags: string[]): Promise<ServerUnderTest> {
  ensureServerBuilt()
  const dataDir = await mkdtemp(join(tmpdir(), 'planerka-bench-'))
  const { child, match, exited, output } = await spawnUntil([...flags, serverBundle], {
    PORT: '0',
    HOST: '127.0.0.1',
    PLANERKA_DATA: dataDir,
    PLANERKA_ADMIN_PASSWORD: PASSWORD,
    // Every bench client comes from 127.0.0.1 and there are 200 per bench user: lift the connection caps (not the rate limits).
    PLANERKA_CONNECTIONS_PER_USER: '100000',
    PLANERKA_CONNECTIONS_PER_ADDRESS: '100000',
  }, /запущена: (http:\/\/\S+)/)
  const base = match[1]
  const admin = new ApiClient(base)
  await admin.signIn('admin', PASSWORD)
  const users: ApiClient[] = []
  for (let i = 0; i < BENCH_USERS; i++) {
    const login = `bench${i}`
    const created = await admin.request('POST', '/api/users', { login, password: PASSWORD, name: `Участник нагрузки ${i}` })
    if (created.status !== 201) throw new Error(`user ${login} not created: ${created.status} ${JSON.stringify(created.body)}`)
    const user = new ApiClient(base)
    await user.signIn(login, PASSWORD)
    users.push(user)
  }
  let boardsMade = 0
  return {
    kind: ServerKind.planerka,
    pid: child.pid!,
    output,
    prepareDocs: async docs => {
      // One board per document; its editors are the bench users who will use it.
      const rooms: string[] = []
      const membersOf = (doc: number) => docs === 1 ? users.map((_, i) => i) : [doc % users.length]
      await inParallel(docs, 8, async doc => {
        const { status, body } = await admin.request<BoardDetails>('POST', '/api/boards', { district: `Нагрузка ${++boardsMade}`, year: '2023-2024' })
        if (status !== 201) throw new Error(`board not created: ${status} ${JSON.stringify(body)}`)
        for (const u of membersOf(doc)) {
          const member = await admin.request('PUT', `/api/boards/${body.id}/members/bench${u}`, { role: Role.editor })
          if (member.status !== 200) throw new Error(`member not added: ${member.status} ${JSON.stringify(member.body)}`)
        }
        rooms[doc] = body.documents.plan
      })
      const url = base.replace(/^http/, 'ws') + '/api/sync'
      return (doc, n) => {
        const members = membersOf(doc)
        return { kind: ServerKind.planerka, url, room: rooms[doc], cookie: users[members[n % members.length]].cookie }
      }
    },
    stop: async () => {
      child.kill('SIGTERM')
      await exited
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

async function inParallel (count: number, width: number, work: (i: number) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(Array.from({ length: Math.min(width, count) }, async () => {
    while (next < count) await work(next++)
  }))
}
