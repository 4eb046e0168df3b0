import { afterEach, describe, expect, test } from 'vitest'
import type { BoardDetails, BoardSummary } from '../shared/api'
import { ItemStatus } from '../shared/plan/planFields'
import { flattenItems, readPlan } from '../shared/plan/planSnapshot'
import { readRegistry } from '../shared/registry/registrySnapshot'
import { readReport } from '../shared/report/reportSnapshot'
import { startTestServer, type TestServer } from './helpers/testServer'
import { closeAllDocs, connectDoc } from './helpers/yClient'
import { rawSocket, syncUrl } from './helpers/rawSync'
import { CloseCode } from '../shared/protocol/closeCodes'

let t: TestServer
afterEach(async () => {
  closeAllDocs()
  await t?.stop()
})

async function demoBoard (): Promise<BoardDetails> {
  const { body } = await t.admin.request<{ boards: BoardSummary[] }>('GET', '/api/boards')
  const demo = body.boards.find(b => b.demo)
  if (!demo) throw new Error(`no demo board among ${JSON.stringify(body.boards)}`)
  return (await t.admin.request<BoardDetails>('GET', `/api/boards/${demo.id}`)).body
}

describe('the demo board on a fresh data folder', () => {
  test('is a realistic year: 4 sections, ~30 items, outcomes, a registry and a partly written report', async () => {
    t = await startTestServer({ demo: true })
    const board = await demoBoard()
    expect(board).toMatchObject({ district: 'Демо-район', year: '2023-2024', demo: true, role: 'owner' })

    const plan = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    await plan.whenSynced()
    const snapshot = readPlan(plan.doc)
    expect(snapshot.sections.map(s => s.fields.title)).toEqual([
      'Повышение квалификации', 'Организационно-методическое сопровождение', 'Аналитическая деятельность', 'Информационная поддержка',
    ])
    const items = flattenItems(snapshot)
    expect(items.length).toBeGreaterThanOrEqual(28)
    expect(items.length).toBeLessThanOrEqual(35)
    expect(items.every(item => item.fields.title !== '' && item.fields.timing !== '')).toBe(true)
    expect(snapshot.orphans).toEqual([])
    const done = items.filter(item => item.status === ItemStatus.done)
    expect(done.length).toBeGreaterThanOrEqual(3)
    expect(done.every(item => item.fields.actualDate !== '')).toBe(true)
    const moved = items.find(item => item.status === ItemStatus.moved)
    expect(moved?.fields.deviationReason).not.toBe('')
    expect(moved?.fields.managementAction).not.toBe('')

    const registry = readRegistry(plan.doc)
    expect(registry.organisations.length).toBeGreaterThanOrEqual(8)
    expect(registry.organisations.some(o => o.statuses.some(s => s.status === 'ЛОИ'))).toBe(true)
    expect(registry.indicators.length).toBeGreaterThan(0)
    expect(registry.districtTotal).toBe('63')

    const report = connectDoc(t.server.url, board.documents.report, t.admin.cookie)
    await report.whenSynced()
    const written = readReport(report.doc)
    const firstText = JSON.stringify(written.sections[0].body)
    expect(firstText).toContain('инновационной инфраструктуры Демо-района')
    const tasks = Object.values(written.tables).find(table => table.kind === 'tasks')
    expect(tasks?.rows[0].task).toMatch(/кадрового потенциала/)
    // «Partly»: the last section is still empty for the team to write.
    expect(JSON.stringify(written.sections.at(-1)!.body)).not.toContain('"text"')
  })

  test('an administrator deletes the demo board; nobody else can, and real boards cannot be deleted', async () => {
    t = await startTestServer({ demo: true })
    const board = await demoBoard()
    const editor = await t.user('editor1')
    await t.setRole(board.id, 'editor1', 'editor')
    expect((await editor.request('DELETE', `/api/boards/${board.id}`)).status).toBe(403)
    const real = await t.createBoard('Невский район')
    const refused = await t.admin.request<{ error: { message: string } }>('DELETE', `/api/boards/${real.id}`)
    expect(refused.status).toBe(409)
    expect(refused.body.error.message).toMatch(/только демо-доску/)
    // Opened just before (the server knows which board the document is of): after the deletion it is not found.
    const opened = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    await opened.whenSynced()
    opened.destroy()

    expect((await t.admin.request('DELETE', `/api/boards/${board.id}`)).status).toBe(204)
    const late = rawSocket(syncUrl(t, board.documents.plan), t.admin.cookie)
    expect((await late.closed).code).toBe(CloseCode.notFound)
    const { body } = await t.admin.request<{ boards: BoardSummary[] }>('GET', '/api/boards')
    expect(body.boards.map(b => b.id)).toEqual([real.id])
    expect((await editor.request('GET', `/api/boards/${board.id}`)).status).toBe(404)
    // A restart does not bring it back.
    await t.restart()
    await t.admin.signIn('admin', 'admin-test-password')
    const after = await t.admin.request<{ boards: BoardSummary[] }>('GET', '/api/boards')
    expect(after.body.boards.map(b => b.id)).toEqual([real.id])
  })
})
