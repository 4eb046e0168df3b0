import { execFile, spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterEach, describe, expect, test } from 'vitest'
import type { BoardDetails, BoardSummary } from '../shared/api'
import { acquireDataLock, readLock } from '../server/dataLock'
import { MissingMetadataError } from '../server/dataFolder'
import { startServer } from '../server/startServer'
import { ApiClient } from './helpers/api'
import { runServerUntilExit, startServerProcess, type ServerProcess } from './helpers/serverProcess'
import { startTestServer, type TestServer } from './helpers/testServer'

const run = promisify(execFile)
const bin = fileURLToPath(new URL('../bin/planerka.mjs', import.meta.url))
const fixture = fileURLToPath(new URL('./fixtures/plan-2021-2022-petrogradsky.txt', import.meta.url))
const dirs: string[] = []
const processes: ServerProcess[] = []
let ts: TestServer | undefined

async function tempDir (): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'planerka-folder-'))
  dirs.push(dir)
  return dir
}

afterEach(async () => {
  await ts?.stop()
  ts = undefined
  for (const p of processes.splice(0)) {
    p.child.kill('SIGKILL')
    await p.exited
  }
  await Promise.all(dirs.splice(0).map(dir => rm(dir, { recursive: true, force: true })))
})

async function planerka (dataDir: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...process.env, PLANERKA_DATA: dataDir, PLANERKA_ADMIN_PASSWORD: 'folder-admin-password' } })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

/** A live process that is not Planerka: its PID goes into a left-over lock file. */
function foreignProcess () {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' })
  return child
}

describe('the data-folder lock is released by the kernel (issue 14 item 9)', () => {
  test('a server killed with SIGKILL leaves nothing that blocks the next start; the data is there', async () => {
    const dataDir = await tempDir()
    const env = { PLANERKA_DATA: dataDir, PLANERKA_ADMIN_PASSWORD: 'folder-admin-password' }
    const first = await startServerProcess(env)
    processes.push(first)
    const admin = new ApiClient(first.url)
    await admin.signIn('admin', 'folder-admin-password')
    expect((await admin.request('POST', '/api/boards', { district: 'Переживший район', year: '2023-2024' })).status).toBe(201)
    expect((await readLock(dataDir))?.pid).toBe(first.child.pid)
    first.child.kill('SIGKILL')
    await first.exited
    expect(await readLock(dataDir)).toBeNull()

    const second = await startServerProcess(env)
    processes.push(second)
    const again = new ApiClient(second.url)
    await again.signIn('admin', 'folder-admin-password')
    const boards = await again.request<{ boards: BoardSummary[] }>('GET', '/api/boards')
    expect(boards.body.boards.map(b => b.district)).toContain('Переживший район')
  }, 60_000)

  test('a lock file naming a live foreign PID does not block the server or the CLI', async () => {
    const dataDir = await tempDir()
    const other = foreignProcess()
    try {
      await writeFile(join(dataDir, '.lock'), JSON.stringify({ pid: other.pid, kind: 'server', port: 9, startedAt: '2026-01-01T00:00:00Z' }))
      expect(await readLock(dataDir)).toBeNull()
      ts = await startTestServer({ dataDir })
      expect((await ts.admin.request('GET', '/api/health')).status).toBe(200)
      await ts.stop()
      ts = undefined
      // Without a server, the CLI works on the folder itself instead of calling the «server» on port 9.
      const listed = await planerka(dataDir, 'users', 'list')
      expect(listed.code).toBe(0)
      expect(listed.stdout).toContain('admin')
    } finally {
      other.kill('SIGKILL')
    }
  })

  test('while held, a second holder is refused naming the holder; after release it gets the lock', async () => {
    const dataDir = await tempDir()
    const held = await acquireDataLock(dataDir, { kind: 'cli' })
    expect(held.ok).toBe(true)
    const second = await acquireDataLock(dataDir, { kind: 'server' })
    expect(second).toMatchObject({ ok: false, holder: { pid: process.pid, kind: 'cli' } })
    await expect(startServer({ port: 0, dataDir, adminPassword: 'folder-admin-password', log: () => {} })).rejects.toThrow(`процесс ${process.pid}`)
    if (held.ok) await held.release()
    const third = await acquireDataLock(dataDir, { kind: 'server' })
    expect(third.ok).toBe(true)
    if (third.ok) await third.release()
  })
})

describe('db.json and the documents beside it (issue 14 item 7)', () => {
  test('a missing db.json beside stored documents refuses to start, naming what was found', async () => {
    ts = await startTestServer()
    const dataDir = ts.dataDir
    await ts.createBoard()
    await ts.server.close()
    await unlink(join(dataDir, 'db.json'))
    await expect(startServer({ port: 0, dataDir, adminPassword: 'folder-admin-password', log: () => {} })).rejects.toThrow(MissingMetadataError)
    const { code, output } = await runServerUntilExit({ PLANERKA_DATA: dataDir })
    expect(code).toBe(1)
    expect(output).toMatch(/нет файла db\.json .*есть данные: .*docs\/ \(файлов: \d+\)/)
    // Nothing was created over the documents.
    await expect(readFile(join(dataDir, 'db.json'))).rejects.toMatchObject({ code: 'ENOENT' })
    ts = undefined
    await rm(dataDir, { recursive: true, force: true })
  })
})

describe('the CLI on a fresh data folder (issue 10 item 12)', () => {
  test('import-plan initialises a new folder as the first server start does; the server then opens it', async () => {
    const dataDir = join(await tempDir(), 'новая-папка')
    const imported = await planerka(dataDir, 'import-plan', fixture, '--new-board', 'Петроградский район', '--year', '2021-2022')
    expect(imported.code).toBe(0)
    expect(imported.stdout).toContain('Импортировано: разделов 4, пунктов 31')
    expect(imported.stderr).toContain('создана учётная запись администратора')
    const boardId = imported.stdout.trim().split('\n').pop()!
    // A `;`-separated CSV (issue 14 item 10) is read as CSV, not as lines of section titles.
    const csvFile = join(dataDir, '..', 'план.csv')
    await writeFile(csvFile, [
      '№ п/п;Наименование мероприятия;Сроки проведения;Целевая аудитория;Ожидаемый результат',
      '1.;Методическое сопровождение;;;',
      '1.1.;"Семинар «Итоги; планы»";октябрь;педагоги;программа',
      '1.2.;Конференция;ноябрь;руководители;сборник',
    ].join('\r\n'))
    const csv = await planerka(dataDir, 'import-plan', csvFile, '--new-board', 'CSV-район', '--year', '2023-2024')
    expect(csv.code).toBe(0)
    expect(csv.stdout).toContain('Импортировано: разделов 1, пунктов 2')

    const server = await startServerProcess({ PLANERKA_DATA: dataDir, PLANERKA_ADMIN_PASSWORD: 'ignored-after-first-start' })
    processes.push(server)
    const admin = new ApiClient(server.url)
    await admin.signIn('admin', 'folder-admin-password')
    const board = await admin.request<BoardDetails>('GET', `/api/boards/${boardId}`)
    expect(board.body.district).toBe('Петроградский район')
    const boards = await admin.request<{ boards: BoardSummary[] }>('GET', '/api/boards')
    // The same first start as the server's: the demo board is there too.
    expect(boards.body.boards.map(b => b.district).sort()).toEqual(['CSV-район', 'Демо-район', 'Петроградский район'])
  }, 60_000)
})
