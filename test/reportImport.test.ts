/**
 * The report import through its public paths — `planerka import-report` and
 * POST /api/boards/:id/import/report-docx — with the fixture Word report,
 * read back from the live document by a real Yjs client and compared with
 * the fixture's own description heading by heading and cell by cell.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import type { BoardDetails } from '../shared/api'
import { readReport } from '../shared/report/reportSnapshot'
import type { VersionInfo } from '../shared/review/versionModel'
import { reportFixturePath } from './fixtures/report/makeReportFixture'
import { collectReport, expectedCaptions, expectedSections, expectedSubheadings, expectedTableCells, fixtureFootnotes } from './fixtures/report/fixtureExpectations'
import { fixtureTitle } from './fixtures/report/reportFixtureSpec'
import { ApiClient } from './helpers/api'
import { startTestServer, type TestServer } from './helpers/testServer'
import { closeAllDocs, connectDoc, waitFor } from './helpers/yClient'

const run = promisify(execFile)
const bin = fileURLToPath(new URL('../bin/planerka.mjs', import.meta.url))

function expectFaithful (doc: Parameters<typeof readReport>[0]): void {
  const report = readReport(doc)
  const got = collectReport(report.sections)
  expect(got.sections).toEqual(expectedSections())
  expect(got.subheadings).toEqual(expectedSubheadings())
  expect(got.tables).toEqual(expectedTableCells())
  expect(got.captions).toEqual(expectedCaptions())
  expect(got.footnotes).toEqual(fixtureFootnotes)
  expect(report.title).toBe(fixtureTitle.join('\n'))
}

async function upload (client: ApiClient, boardId: string, mode: string, bytes: Buffer) {
  const response = await fetch(`${client.baseUrl}/api/boards/${boardId}/import/report-docx?mode=${mode}`, {
    method: 'POST',
    headers: { cookie: client.cookie, 'content-type': 'application/octet-stream', origin: client.baseUrl },
    body: new Uint8Array(bytes),
  })
  return { status: response.status, body: await response.json() as Record<string, any> }
}

describe('report import from Word', () => {
  let t: TestServer
  beforeAll(async () => { t = await startTestServer() })
  afterEach(() => closeAllDocs())
  afterAll(async () => { await t.stop() })

  test('REST: viewers are refused, the preview writes nothing, replace keeps the template as a version and brings every heading, table, cell, caption and footnote', async () => {
    const board = await t.createBoard('Петроградский район')
    const bytes = await readFile(reportFixturePath)
    const viewer = await t.user('viewer1')
    await t.setRole(board.id, 'viewer1', 'viewer')
    expect((await upload(viewer, board.id, 'replace', bytes)).status).toBe(403)
    const editor = await t.user('editor1')
    await t.setRole(board.id, 'editor1', 'editor')

    const conn = connectDoc(t.server.url, board.documents.report, editor.cookie)
    await conn.whenSynced()
    const templateTitles = readReport(conn.doc).sections.map((s) => s.title)
    expect(templateTitles.length).toBeGreaterThan(0)

    const preview = await upload(editor, board.id, 'preview', bytes)
    expect(preview.status).toBe(200)
    expect(preview.body.applied).toBeNull()
    expect(preview.body.preview.counts).toMatchObject({ headings: 33, sections: 28, subheadings: 5, tables: 15, footnotes: 4, captions: 15 })
    expect(preview.body.preview.outline.map((s: { number: string; title: string }) => `${s.number} ${s.title}`)).toEqual(
      expectedSections().filter((s) => s.number.split('.').length === 2).map((s) => `${s.number} ${s.title}`))
    expect(preview.body.preview.notes).toContain('Раздел «Доля педагогов с высшей категорией»: в документе номер 3.7.4., в Планёрке — 3.7.1.')
    expect(readReport(conn.doc).sections.map((s) => s.title)).toEqual(templateTitles)

    const applied = await upload(editor, board.id, 'replace', bytes)
    expect(applied.status).toBe(200)
    expect(applied.body.applied.sections).toBe(28)
    await waitFor(conn.doc, () => readReport(conn.doc).sections.length === 6, 5000, 'the imported sections')
    expectFaithful(conn.doc)

    // What was there before is a named version, and its report still has the template.
    const { body: versions } = await editor.request<{ versions: VersionInfo[] }>('GET', `/api/boards/${board.id}/versions`)
    const kept = versions.versions.find((v) => v.name === applied.body.applied.versionName)
    expect(kept).toBeDefined()
    expect(kept!.createdBy).toBe('editor1')

    // Append adds after what is there.
    const appended = await upload(editor, board.id, 'append', bytes)
    expect(appended.status).toBe(200)
    await waitFor(conn.doc, () => readReport(conn.doc).sections.length === 12, 5000, 'the appended sections')

    const broken = await upload(editor, board.id, 'replace', Buffer.from('просто текст'))
    expect(broken.status).toBe(400)
    expect(broken.body.error.message).toContain('.docx')
    expect(readReport(conn.doc).sections.length).toBe(12)
  })

  test('CLI: import-report into a new board prints the counts and the board id last; into an existing board it replaces', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'planerka-report-cli-'))
    try {
      const env = { ...process.env, PLANERKA_DATA: dataDir }
      // The folder is made by a server's first start; then no server runs and the CLI opens the data itself.
      await (await startTestServer({ dataDir })).stop()
      const created = await run(process.execPath, [bin, 'import-report', reportFixturePath, '--new-board', 'Петроградский район', '--year', '2022-2023'], { env })
      const lines = created.stdout.trim().split('\n')
      expect(lines[0]).toBe('Заголовков: 33, разделов: 28, подзаголовков в тексте: 5')
      expect(lines[1]).toBe('Таблиц: 15, ячеек: 171, списков: 4, подписей: 15, сносок: 4')
      const boardId = lines.at(-1)!
      expect(boardId).toMatch(/^[\w-]+$/)
      const again = await run(process.execPath, [bin, 'import-report', reportFixturePath, '--board', boardId], { env })
      expect(again.stdout).toContain('Прежний отчёт сохранён как версия')
      expect(again.stdout.trim().split('\n').at(-1)).toBe(boardId)
      // The report goes out again as ODT from the command line.
      const odt = join(dataDir, 'report.odt')
      await run(process.execPath, [bin, 'export', boardId, '--format', 'odt', '--what', 'report', '--out', odt], { env })
      const bytes = await readFile(odt)
      expect(bytes.subarray(30, 38).toString()).toBe('mimetype')
      expect(bytes.subarray(38, 77).toString()).toBe('application/vnd.oasis.opendocument.text')

      const server = await startTestServer({ dataDir })
      try {
        const { body: board } = await server.admin.request<BoardDetails>('GET', `/api/boards/${boardId}`)
        const conn = connectDoc(server.server.url, board.documents.report, server.admin.cookie)
        await conn.whenSynced()
        expectFaithful(conn.doc)
      } finally {
        closeAllDocs()
        await server.stop()
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  // Five CLI processes and two server starts: slow on a shared two-core machine, never waiting on a timer.
  }, 180_000)
})
