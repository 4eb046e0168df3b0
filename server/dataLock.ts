import { open, readFile, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { writeFileAtomic } from './storage/atomicWrite'

/**
 * One process owns a data folder at a time: lowdb is not safe across
 * processes, and a running server's in-memory documents would overwrite what
 * another process writes to their files. The server holds the lock and serves
 * the CLI on loopback (its port and a secret token are in files only this
 * user can read); with no server running, the CLI takes the lock itself.
 */
export interface LockInfo {
  pid: number
  kind: 'server' | 'cli'
  /** The server's port, for the CLI to talk to it. */
  port?: number
  startedAt: string
}

const LOCK_FILE = '.lock'
const TOKEN_FILE = '.cli-token'

export type LockResult =
  | { ok: true; release: () => Promise<void>; token: string }
  | { ok: false; holder: LockInfo }

export async function acquireDataLock (dataDir: string, info: Omit<LockInfo, 'pid' | 'startedAt'>): Promise<LockResult> {
  const path = join(dataDir, LOCK_FILE)
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const file = await open(path, 'wx', 0o600)
      const lock: LockInfo = { pid: process.pid, startedAt: new Date().toISOString(), ...info }
      await file.writeFile(JSON.stringify(lock))
      await file.close()
      const token = randomBytes(32).toString('base64url')
      if (info.kind === 'server') await writeFile(join(dataDir, TOKEN_FILE), token, { mode: 0o600 })
      let released = false
      return {
        ok: true,
        token,
        release: async () => {
          if (released) return
          released = true
          await unlink(join(dataDir, TOKEN_FILE)).catch(() => {})
          await unlink(path).catch(() => {})
        },
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = await readLock(dataDir)
      if (holder && isAlive(holder.pid) && holder.pid !== process.pid) return { ok: false, holder }
      // The holder died without releasing (kill -9, power cut): the lock is stale.
      await unlink(path).catch(() => {})
    }
  }
  throw new Error(`Не удалось занять папку данных ${dataDir}`)
}

export async function readLock (dataDir: string): Promise<LockInfo | null> {
  try {
    return JSON.parse(await readFile(join(dataDir, LOCK_FILE), 'utf8')) as LockInfo
  } catch {
    return null
  }
}

/** The running server's CLI token, or null when none is readable. */
export async function readCliToken (dataDir: string): Promise<string | null> {
  try {
    return (await readFile(join(dataDir, TOKEN_FILE), 'utf8')).trim()
  } catch {
    return null
  }
}

export function isAlive (pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Records the server's port in the lock, once it is listening. */
export async function writeLockPort (dataDir: string, port: number): Promise<void> {
  const lock = await readLock(dataDir)
  if (!lock || lock.pid !== process.pid) return
  await writeFileAtomic(join(dataDir, LOCK_FILE), JSON.stringify({ ...lock, port }))
}

/** Another live process owns the data folder. */
export class DataBusyError extends Error {
  constructor (readonly dataDir: string, readonly holder: LockInfo) {
    super(holder.kind === 'server'
      ? `Папка данных ${dataDir} уже используется сервером Планёрки (процесс ${holder.pid}${holder.port ? `, порт ${holder.port}` : ''}).`
      : `Папка данных ${dataDir} занята командой planerka (процесс ${holder.pid}). Дождитесь её завершения.`)
    this.name = 'DataBusyError'
  }
}
