import { closeSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs'
import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { flockSync } from 'fs-ext'

/**
 * One process owns a data folder at a time: lowdb is not safe across
 * processes, and a running server's in-memory documents would overwrite what
 * another process writes to their files. The server holds the lock and serves
 * the CLI on loopback (its port and a secret token are in files only this
 * user can read); with no server running, the CLI takes the lock itself.
 *
 * The lock is flock(2) on the open `.lock` file: the kernel releases it when
 * the holder exits in any way (kill -9, power cut), so there is no stale lock
 * to clear and no PID to trust — a PID file once blocked every start when a
 * live unrelated process had the recorded PID (issue 14 item 9). The file's
 * JSON only tells who holds it; it is written in place through the locked
 * descriptor and never unlinked (unlinking would let two processes lock two
 * different files of the same name).
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
  | { ok: true; release: () => Promise<void>; token: string; update: (change: Partial<LockInfo>) => void }
  | { ok: false; holder: LockInfo }

export async function acquireDataLock (dataDir: string, info: Omit<LockInfo, 'pid' | 'startedAt'>): Promise<LockResult> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 })
  const path = join(dataDir, LOCK_FILE)
  // 'a+' neither truncates nor fails when the file exists: what it says is only read once we hold the lock.
  const fd = openSync(path, 'a+', 0o600)
  if (!tryLock(fd)) {
    closeSync(fd)
    return { ok: false, holder: readHolder(path) }
  }
  let lock: LockInfo = { pid: process.pid, startedAt: new Date().toISOString(), ...info }
  const write = () => {
    ftruncateSync(fd, 0)
    writeSync(fd, JSON.stringify(lock), 0)
  }
  write()
  const token = randomBytes(32).toString('base64url')
  if (info.kind === 'server') await writeFile(join(dataDir, TOKEN_FILE), token, { mode: 0o600 })
  let released = false
  return {
    ok: true,
    token,
    update (change) {
      if (released) return
      lock = { ...lock, ...change }
      write()
    },
    release: async () => {
      if (released) return
      released = true
      await unlink(join(dataDir, TOKEN_FILE)).catch(() => {})
      ftruncateSync(fd, 0)
      // Closing the descriptor releases the flock.
      closeSync(fd)
    },
  }
}

/** Who holds the folder now, or null when nobody does (a leftover file of a dead holder counts as nobody). */
export async function readLock (dataDir: string): Promise<LockInfo | null> {
  const path = join(dataDir, LOCK_FILE)
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch {
    return null
  }
  try {
    if (tryLock(fd)) return null
    return readHolder(path)
  } finally {
    // Also releases the probe's own lock, when it got one.
    closeSync(fd)
  }
}

function tryLock (fd: number): boolean {
  try {
    flockSync(fd, 'exnb')
    return true
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EAGAIN' || code === 'EWOULDBLOCK') return false
    throw error
  }
}

/** What the holder wrote; it may be mid-write, so an unreadable file still means «held». */
function readHolder (path: string): LockInfo {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockInfo
  } catch {
    return { pid: 0, kind: 'cli', startedAt: '' }
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

/** Another live process owns the data folder. */
export class DataBusyError extends Error {
  constructor (readonly dataDir: string, readonly holder: LockInfo) {
    super(holder.kind === 'server'
      ? `Папка данных ${dataDir} уже используется сервером Планёрки (процесс ${holder.pid}${holder.port ? `, порт ${holder.port}` : ''}).`
      : `Папка данных ${dataDir} занята командой planerka (процесс ${holder.pid}). Дождитесь её завершения.`)
    this.name = 'DataBusyError'
  }
}
