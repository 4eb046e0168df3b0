import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { chown, mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'

/**
 * Real Redis and PostgreSQL for the cluster tests, started by the test itself
 * on loopback in a temporary folder and stopped after. Debian's packages are
 * installed with apt-get when missing and we are root; otherwise the test
 * fails with the one command to run.
 */

const REDIS_SERVER = '/usr/bin/redis-server'
const PG_ROOT = '/usr/lib/postgresql'
/** Generous: initdb and the first start of PostgreSQL take a few seconds on a busy two-core machine. */
const START_TIMEOUT_MS = 60_000

function isRoot (): boolean {
  return process.getuid?.() === 0
}

function pgBinDir (): string | null {
  if (!existsSync(PG_ROOT)) return null
  const versions = readdirSync(PG_ROOT).filter(v => existsSync(join(PG_ROOT, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a))
  return versions.length > 0 ? join(PG_ROOT, versions[0], 'bin') : null
}

/** Installs Debian's redis-server and postgresql when missing (as root), or throws with the command to run. */
export function ensureServicesInstalled (): void {
  const missing: string[] = []
  if (!existsSync(REDIS_SERVER)) missing.push('redis-server')
  if (!pgBinDir()) missing.push('postgresql')
  if (missing.length === 0) return
  if (!isRoot()) throw new Error(`Для кластерных тестов нужны ${missing.join(', ')}. Установите: sudo apt-get install -y ${missing.join(' ')}`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...missing]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env })
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} завершилась с кодом ${result.status}. Установите вручную: apt-get install -y ${missing.join(' ')}`)
  }
}

export async function freePort (): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port
      server.close(() => resolve(port))
    })
  })
}

/** Runs a PostgreSQL tool, as the `postgres` user when we are root (initdb refuses root). */
function pgTool (tool: string, args: string[]): void {
  const bin = join(pgBinDir()!, tool)
  const result = isRoot()
    ? spawnSync('runuser', ['-u', 'postgres', '--', bin, ...args], { encoding: 'utf8' })
    : spawnSync(bin, args, { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed (${result.status}): ${result.stdout}${result.stderr}`)
}

export interface TestPostgres {
  port: number
  /** A connection string for a new, empty database. */
  newDatabase (): Promise<string>
  stop (): Promise<void>
  start (): Promise<void>
  /** Stops the server and removes its folder. */
  destroy (): Promise<void>
}

export async function startPostgres (): Promise<TestPostgres> {
  ensureServicesInstalled()
  const dir = await mkdtemp(join(tmpdir(), 'planerka-pg-'))
  if (isRoot()) {
    const { uid, gid } = postgresIds()
    await chown(dir, uid, gid)
  }
  const dataDir = join(dir, 'data')
  pgTool('initdb', ['-D', dataDir, '-U', 'planerka', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'])
  const port = await freePort()
  const options = `-p ${port} -h 127.0.0.1 -k ${dir} -c max_connections=200`
  let databases = 0
  const self: TestPostgres = {
    port,
    async newDatabase () {
      const name = `t${process.pid}_${++databases}`
      const client = new pg.Client({ connectionString: `postgres://planerka@127.0.0.1:${port}/postgres` })
      await client.connect()
      try {
        await client.query(`CREATE DATABASE ${name}`)
      } finally {
        await client.end()
      }
      return `postgres://planerka@127.0.0.1:${port}/${name}`
    },
    async start () {
      pgTool('pg_ctl', ['-D', dataDir, '-l', join(dir, 'log'), '-o', options, '-w', '-t', String(START_TIMEOUT_MS / 1000), 'start'])
    },
    async stop () {
      pgTool('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop'])
    },
    async destroy () {
      try {
        pgTool('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop'])
      } catch {
        // already stopped
      }
      await rm(dir, { recursive: true, force: true })
    },
  }
  await self.start()
  return self
}

function postgresIds (): { uid: number; gid: number } {
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' })
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' })
  if (uid.status !== 0) throw new Error('Пользователь postgres не найден: apt-get install -y postgresql')
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) }
}

export interface TestRedis {
  port: number
  url: string
  start (): Promise<void>
  /** kill -9, as a crash would. */
  stop (): Promise<void>
  destroy (): Promise<void>
}

export async function startRedis (): Promise<TestRedis> {
  ensureServicesInstalled()
  const dir = await mkdtemp(join(tmpdir(), 'planerka-redis-'))
  const port = await freePort()
  let child: ChildProcess | null = null
  const self: TestRedis = {
    port,
    url: `redis://127.0.0.1:${port}`,
    async start () {
      const started = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] })
      child = started
      await new Promise<void>((resolve, reject) => {
        let output = ''
        const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), START_TIMEOUT_MS)
        started.stdout!.on('data', (chunk: Buffer) => {
          output += chunk.toString()
          if (output.includes('Ready to accept connections')) {
            clearTimeout(timer)
            resolve()
          }
        })
        started.once('exit', code => {
          clearTimeout(timer)
          reject(new Error(`redis-server exited with ${code}:\n${output}`))
        })
      })
      started.stdout!.resume()
    },
    async stop () {
      const running = child
      child = null
      if (!running || running.exitCode !== null) return
      const exited = new Promise(resolve => running.once('exit', resolve))
      running.kill('SIGKILL')
      await exited
    },
    async destroy () {
      await self.stop()
      await rm(dir, { recursive: true, force: true })
    },
  }
  await self.start()
  return self
}
