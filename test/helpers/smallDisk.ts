import { execFile } from 'node:child_process'
import { appendFile, mkdir, mkdtemp, rm, unlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { DocStore } from '../../server/storage/DocStore'
import type { LogDocStore } from '../../server/storage/log/LogDocStore'

const run = promisify(execFile)

/**
 * A data folder whose disk a test can fill up and free again.
 *
 * `tmpfs`: the folder is a small tmpfs of its own (needs root and `mount`), and
 * `fill()` really fills it, so every write the server makes meets the kernel's
 * own ENOSPC, short writes included. `injected`: mounting was impossible, so the
 * folder is an ordinary temporary one and `fill()` makes the log store's writes
 * fail with ENOSPC through its test hook. Tests print which one ran.
 *
 * `readOnly()` is always injected for the log's writes (EROFS): Linux refuses to
 * remount a file system read-only while a file is open for writing, as the log
 * is. On tmpfs the folders `docs/` and `log/` are made immutable as well, so
 * that creating a snapshot or a new log file fails for real.
 */
export interface SmallDisk {
  kind: 'tmpfs' | 'injected'
  dataDir: string
  /** Pass to the server: it hands the test the real log store for injected faults. */
  wrapDocStore: (store: DocStore) => DocStore
  fill (): Promise<void>
  free (): Promise<void>
  readOnly (): Promise<void>
  writable (): Promise<void>
  /** Space and write permission back, whatever the test left (before stopping the server). */
  restore (): Promise<void>
  dispose (): Promise<void>
}

const FILLER_CHUNK = 64 * 1024
/** tmpfs allocates pages: the last ones are filled a page at a time. */
const PAGE = 4096

export async function smallDisk (bytes = 8 * 1024 * 1024): Promise<SmallDisk> {
  const root = await mkdtemp(join(tmpdir(), 'planerka-disk-'))
  const mounted = await mountTmpfs(root, bytes)
  const dataDir = join(root, 'data')
  await mkdir(dataDir, { mode: 0o700 })
  const filler = join(root, 'filler')
  let store: LogDocStore | null = null
  let immutable: string[] = []
  const logStore = (): LogDocStore => {
    if (!store) throw new Error('the server has not opened its store yet')
    return store
  }
  const errno = (code: string, text: string) => Object.assign(new Error(`${code}: ${text}`), { code })
  return {
    kind: mounted ? 'tmpfs' : 'injected',
    dataDir,
    wrapDocStore: docStore => {
      store = docStore as LogDocStore
      return docStore
    },
    async fill () {
      if (!mounted) {
        logStore().failWrites(errno('ENOSPC', 'no space left on device'))
        return
      }
      await fillUp(filler, FILLER_CHUNK)
      await fillUp(filler, PAGE)
    },
    async free () {
      if (!mounted) logStore().failWrites(null)
      else await unlink(filler)
    },
    async readOnly () {
      logStore().failWrites(errno('EROFS', 'read-only file system'))
      if (!mounted) return
      immutable = [join(dataDir, 'docs'), join(dataDir, 'log')]
      for (const dir of immutable) await mkdir(dir, { recursive: true, mode: 0o700 })
      await run('chattr', ['+i', ...immutable])
    },
    async writable () {
      if (immutable.length > 0) await run('chattr', ['-i', ...immutable.splice(0)])
      logStore().failWrites(null)
    },
    async restore () {
      if (immutable.length > 0) await run('chattr', ['-i', ...immutable.splice(0)]).catch(() => {})
      store?.failWrites(null)
      await unlink(filler).catch(() => {})
    },
    async dispose () {
      if (immutable.length > 0) await run('chattr', ['-i', ...immutable.splice(0)]).catch(() => {})
      if (mounted) await run('umount', ['-l', root]).catch(() => {})
      await rm(root, { recursive: true, force: true })
    },
  }
}

async function mountTmpfs (dir: string, bytes: number): Promise<boolean> {
  // PLANERKA_TEST_NO_TMPFS=1 runs the fallback where mounting works, to check it.
  if (process.getuid?.() !== 0 || process.env.PLANERKA_TEST_NO_TMPFS === '1') return false
  try {
    await run('mount', ['-t', 'tmpfs', '-o', `size=${bytes},mode=0700`, 'tmpfs', dir])
    return true
  } catch {
    return false
  }
}

/** Appends `chunk`-sized pieces until the file system says ENOSPC. */
async function fillUp (path: string, chunk: number): Promise<void> {
  const bytes = Buffer.alloc(chunk, 0x2e)
  for (;;) {
    try {
      await appendFile(path, bytes)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOSPC') return
      throw error
    }
  }
}
