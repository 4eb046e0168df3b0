import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterEach, describe, expect, test } from 'vitest'
import type { BoardDetails } from '../shared/api'
import { readPlan, flattenItems } from '../shared/plan/planSnapshot'
import { nodeText, planNodes } from '../shared/plan/planDoc'
import * as Y from 'yjs'
import { createOrganisation } from '../shared/registry/registryDoc'
import { readRegistry } from '../shared/registry/registrySnapshot'
import { reportChildren, sectionBody } from '../shared/report/reportDoc'
import { readReport } from '../shared/report/reportSnapshot'
import { ANNOTATIONS_KEY } from '../shared/review/annotationModel'
import { ApiClient } from './helpers/api'
import { startServerProcess, type ServerProcess } from './helpers/serverProcess'
import { closeAllDocs, connectDoc } from './helpers/yClient'

const run = promisify(execFile)
const bin = fileURLToPath(new URL('../bin/planerka.mjs', import.meta.url))
const fixture = fileURLToPath(new URL('./fixtures/plan-2021-2022-petrogradsky.txt', import.meta.url))
const dirs: string[] = []
const servers: ServerProcess[] = []

async function tempDir (): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'planerka-cli-'))
  dirs.push(dir)
  return dir
}

afterEach(async () => {
  closeAllDocs()
  for (const server of servers.splice(0)) {
    server.child.kill('SIGTERM')
    await server.exited
  }
  await Promise.all(dirs.splice(0).map(dir => rm(dir, { recursive: true, force: true })))
})

/** Runs `planerka …`; never throws: returns exit code and output. */
async function planerka (dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...process.env, PLANERKA_DATA: dataDir } })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

async function serverOn (dataDir: string) {
  const server = await startServerProcess({ PLANERKA_DATA: dataDir, PLANERKA_ADMIN_PASSWORD: 'cli-admin-password' })
  servers.push(server)
  const admin = new ApiClient(server.url)
  await admin.signIn('admin', 'cli-admin-password')
  return { server, admin }
}

describe('planerka CLI', () => {
  test('timing prints the parsed schedule as JSON', async () => {
    const result = await planerka(await tempDir(), 'timing', 'октябрь - июнь', '--year', '2023-2024')
    expect(result.code).toBe(0)
    const schedule = JSON.parse(result.stdout)
    expect(schedule).toMatchObject({ raw: 'октябрь - июнь', unparsed: false, dates: [] })
    expect(schedule.months).toEqual(['2023-10', '2023-11', '2023-12', '2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'])
    const unparsed = JSON.parse((await planerka(await tempDir(), 'timing', 'когда-нибудь', '--year', '2023-2024')).stdout)
    expect(unparsed).toMatchObject({ raw: 'когда-нибудь', unparsed: true, months: [], dates: [] })
    expect((await planerka(await tempDir(), 'timing', 'май', '--year', '2023')).code).toBe(2)
  })

  test('errors are clear and exit non-zero: documents without db.json, missing file, unknown board, bad format', async () => {
    const orphaned = await tempDir()
    await mkdir(join(orphaned, 'docs'))
    await writeFile(join(orphaned, 'docs', 'board.plan.bin'), new Uint8Array([1, 2, 3]))
    const noData = await planerka(orphaned, 'users', 'list')
    expect(noData.code).toBe(1)
    expect(noData.stderr).toContain('нет файла db.json')
    expect(noData.stderr).toContain('docs/ (файлов: 1)')

    const dataDir = await tempDir()
    const { server } = await serverOn(dataDir)
    const missing = await planerka(dataDir, 'import-plan', join(dataDir, 'нет-такого.txt'), '--board', 'x')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('Файл не найден')
    const unknown = await planerka(dataDir, 'export', 'Нет такой доски', '--format', 'json', '--out', join(dataDir, 'x.json'))
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('не найдена')
    const badFormat = await planerka(dataDir, 'export', 'Демо-район 2023-2024', '--format', 'rtf', '--out', join(dataDir, 'x'))
    expect(badFormat.code).toBe(2)
    expect(badFormat.stderr).toContain('--format docx, pdf, odt или json')
    const legacy = join(dataDir, 'plan.doc')
    await writeFile(legacy, Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))
    const doc = await planerka(dataDir, 'import-plan', legacy, '--board', 'Демо-район 2023-2024')
    expect(doc.code).toBe(1)
    expect(doc.stderr).toContain('.docx')
    server.child.kill('SIGTERM')
  })

  test('import-plan into a new board while the server runs: the board is live at once', async () => {
    const dataDir = await tempDir()
    const { server, admin } = await serverOn(dataDir)
    const result = await planerka(dataDir, 'import-plan', fixture, '--new-board', 'Петроградский район', '--year', '2021-2022')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Импортировано: разделов 4, пунктов 31')
    const boardId = result.stdout.trim().split('\n').pop()!
    const { body: board } = await admin.request<BoardDetails>('GET', `/api/boards/${boardId}`)
    expect(board.year).toBe('2021-2022')
    const conn = connectDoc(server.url, board.documents.plan, admin.cookie)
    await conn.whenSynced()
    expect(flattenItems(readPlan(conn.doc))).toHaveLength(31)

    // Documents out of the same running server: several files go into the folder given.
    const out = join(dataDir, 'out')
    const exported = await planerka(dataDir, 'export', boardId, '--format', 'pdf', '--what', 'all', '--out', out)
    expect(exported.code).toBe(0)
    const files = (await readdir(out)).sort()
    expect(files).toEqual(['Аналитический отчёт 2021-2022 — Петроградский район.pdf', 'План мероприятий 2021-2022 — Петроградский район.pdf'])
    expect((await readFile(join(out, files[1]))).subarray(0, 5).toString()).toBe('%PDF-')
    const docx = join(dataDir, 'plan.docx')
    expect((await planerka(dataDir, 'export', 'Петроградский район 2021-2022', '--format', 'docx', '--what', 'plan', '--out', docx)).code).toBe(0)
    expect((await readFile(docx)).subarray(0, 2).toString()).toBe('PK')
    // And back in: the exported DOCX imports into a new board with the same items.
    const again = await planerka(dataDir, 'import-plan', docx, '--new-board', 'Копия', '--year', '2021-2022')
    expect(again.stdout).toContain('Импортировано: разделов 4, пунктов 31')
  })

  test('users: create, reset password, deactivate, set a role — with and without a running server', async () => {
    const dataDir = await tempDir()
    const { server } = await serverOn(dataDir)
    expect((await planerka(dataDir, 'users', 'create', 'petrova', '--name', 'Петрова Анна', '--password', 'petrova-pass-1')).code).toBe(0)
    const petrova = new ApiClient(server.url)
    await petrova.signIn('petrova', 'petrova-pass-1')
    expect((await planerka(dataDir, 'users', 'set-role', 'petrova', '--board', 'Демо-район 2023-2024', '--role', 'editor')).code).toBe(0)
    expect((await petrova.request<{ boards: unknown[] }>('GET', '/api/boards')).body.boards).toHaveLength(1)
    const reset = await planerka(dataDir, 'users', 'reset-password', 'petrova')
    expect(reset.code).toBe(0)
    const newPassword = /пароль: (\S+)/.exec(reset.stdout)![1]
    expect((await petrova.request('GET', '/api/boards')).status).toBe(401)
    await petrova.signIn('petrova', newPassword)
    expect((await planerka(dataDir, 'users', 'create', 'xx1', '--name', 'X', '--password', 'short')).stderr).toContain('не короче 10')

    // Without a server the CLI opens the data itself.
    server.child.kill('SIGTERM')
    await server.exited
    expect((await planerka(dataDir, 'users', 'deactivate', 'petrova')).code).toBe(0)
    const list = await planerka(dataDir, 'users', 'list')
    expect(list.stdout).toMatch(/petrova\tПетрова Анна\t\tотключён/)
  })

  test('backup then restore gives an identical board (plan, registry, report, members, annotations, versions), under new document names', async () => {
    const dataDir = await tempDir()
    const { server, admin } = await serverOn(dataDir)
    const imported = await planerka(dataDir, 'import-plan', fixture, '--board', 'Демо-район 2023-2024')
    expect(imported.code).toBe(0)
    const { body: boards } = await admin.request<{ boards: Array<{ id: string }> }>('GET', '/api/boards')
    const { body: before } = await admin.request<BoardDetails>('GET', `/api/boards/${boards.boards[0].id}`)
    const conn = connectDoc(server.url, before.documents.plan, admin.cookie)
    await conn.whenSynced()
    const firstItem = flattenItems(readPlan(conn.doc))[0]
    nodeText(planNodes(conn.doc).get(firstItem.id)!, 'participants')!.insert(0, '25')
    createOrganisation(conn.doc, { shortName: 'ГБОУ № 287', statuses: [{ status: 'РИП', topic: 'Цифровая школа' }] })
    await conn.whenSaved()
    const report = connectDoc(server.url, before.documents.report, admin.cookie)
    await report.whenSynced()
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText('Итоги года')])
    sectionBody(reportChildren(report.doc, null)[0][1])!.insert(0, [paragraph])
    await report.whenSaved()
    expect((await admin.request('POST', `/api/boards/${before.id}/annotations`, { anchor: { kind: 'plan', nodeId: firstItem.id }, quote: '', text: 'Уточнить' })).status).toBe(201)
    expect((await admin.request('POST', `/api/boards/${before.id}/versions`, { name: 'До совета' })).status).toBe(201)
    const planBefore = JSON.stringify(readPlan(conn.doc))
    const registryBefore = JSON.stringify(readRegistry(conn.doc))
    const reportBefore = JSON.stringify(readReport(report.doc))
    const versionsBefore = (await admin.request<{ versions: Array<{ id: string; name: string }> }>('GET', `/api/boards/${before.id}/versions`)).body.versions

    const backupFile = join(dataDir, 'backup.json')
    expect((await planerka(dataDir, 'backup', '--out', backupFile)).code).toBe(0)
    const backup = JSON.parse(await readFile(backupFile, 'utf8'))
    expect(backup).toMatchObject({ format: 'planerka-backup', version: 1, kind: 'full' })

    // Damage after the backup: then restore.
    nodeText(planNodes(conn.doc).get(firstItem.id)!, 'title')!.insert(0, 'ИСПОРЧЕНО ')
    await conn.whenSaved()
    const restored = await planerka(dataDir, 'restore', backupFile)
    expect(restored.code).toBe(0)
    await admin.signIn('admin', 'cli-admin-password')
    const { body: after } = await admin.request<BoardDetails>('GET', `/api/boards/${before.id}`)
    expect(after.documents.plan).not.toBe(before.documents.plan)
    expect(after.members).toEqual(before.members)
    const again = connectDoc(server.url, after.documents.plan, admin.cookie)
    const reportAgain = connectDoc(server.url, after.documents.report, admin.cookie)
    const annotationsAgain = connectDoc(server.url, after.documents.annotations, admin.cookie)
    await Promise.all([again.whenSynced(), reportAgain.whenSynced(), annotationsAgain.whenSynced()])
    expect(JSON.stringify(readPlan(again.doc))).toBe(planBefore)
    expect(JSON.stringify(readRegistry(again.doc))).toBe(registryBefore)
    expect(JSON.stringify(readReport(reportAgain.doc))).toBe(reportBefore)
    expect([...annotationsAgain.doc.getMap<{ comments: Array<{ text: string }> }>(ANNOTATIONS_KEY).values()].map(t => t.comments[0].text)).toEqual(['Уточнить'])
    const versionsAfter = (await admin.request<{ versions: Array<{ id: string; name: string }> }>('GET', `/api/boards/${before.id}/versions`)).body.versions
    expect(versionsAfter.map(v => v.id)).toEqual(versionsBefore.map(v => v.id))

    // Into a fresh installation: the same board, versions included.
    server.child.kill('SIGTERM')
    await server.exited
    const other = await tempDir()
    const fresh = await serverOn(other)
    expect((await planerka(other, 'restore', backupFile)).code).toBe(0)
    await fresh.admin.signIn('admin', 'cli-admin-password')
    const moved = (await fresh.admin.request<{ versions: Array<{ id: string }> }>('GET', `/api/boards/${before.id}/versions`)).body.versions
    expect(moved.map(v => v.id)).toEqual(versionsBefore.map(v => v.id))
    const { body: copied } = await fresh.admin.request<BoardDetails>('GET', `/api/boards/${before.id}`)
    const copyReport = connectDoc(fresh.server.url, copied.documents.report, fresh.admin.cookie)
    await copyReport.whenSynced()
    expect(JSON.stringify(readReport(copyReport.doc))).toBe(reportBefore)

    const broken = join(other, 'broken.json')
    await writeFile(broken, JSON.stringify({ ...backup, version: 99 }))
    const newer = await planerka(other, 'restore', broken)
    expect(newer.code).toBe(1)
    expect(newer.stderr).toContain('более новой версией')
  })

  test('rollover creates next year\'s board with the plan carried over', async () => {
    const dataDir = await tempDir()
    const { server, admin } = await serverOn(dataDir)
    await planerka(dataDir, 'import-plan', fixture, '--board', 'Демо-район 2023-2024')
    // The demo board starts with a plan of its own; the fixture's 31 items come after it.
    const { body: boards } = await admin.request<{ boards: Array<{ id: string }> }>('GET', '/api/boards')
    const { body: source } = await admin.request<BoardDetails>('GET', `/api/boards/${boards.boards[0].id}`)
    const sourceConn = connectDoc(server.url, source.documents.plan, admin.cookie)
    await sourceConn.whenSynced()
    const sourceItems = flattenItems(readPlan(sourceConn.doc)).length
    expect(sourceItems).toBeGreaterThan(31)
    const result = await planerka(dataDir, 'rollover', 'Демо-район 2023-2024')
    expect(result.code).toBe(0)
    const nextId = result.stdout.trim().split('\n').pop()!
    const { body: next } = await admin.request<BoardDetails>('GET', `/api/boards/${nextId}`)
    expect(next.year).toBe('2024-2025')
    const conn = connectDoc(server.url, next.documents.plan, admin.cookie)
    await conn.whenSynced()
    const items = flattenItems(readPlan(conn.doc))
    expect(items).toHaveLength(sourceItems)
    expect(items.every(item => item.status === 'planned' && item.fields.participants === '')).toBe(true)
  })
})
