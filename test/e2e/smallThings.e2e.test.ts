import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import type { PlanReadItem } from '../../shared/plan/planReadModel'
import { createNode } from '../../shared/plan/planDoc'
import { NodeKind } from '../../shared/plan/planFields'
import { signInThroughUi } from '../helpers/browser'
import { browserSuite } from '../helpers/browserSuite'
import { ADMIN_PASSWORD } from '../helpers/testServer'
import { closeAllDocs, connectDoc } from '../helpers/yClient'

const suite = browserSuite()
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 })

/** A board with two plan items, and an expert (a commenter) signed in through the API. */
async function boardWithExpert (district: string) {
  const board = await suite.t.createBoard(district)
  const plan = connectDoc(suite.t.server.url, board.documents.plan, suite.t.admin.cookie)
  await plan.whenSynced()
  const section = createNode(plan.doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Раздел' } })
  createNode(plan.doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Семинар', timing: 'октябрь' } })
  createNode(plan.doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Конкурс', timing: 'март' } })
  await plan.whenSaved()
  closeAllDocs()
  const login = `expert${board.id.slice(0, 6)}`
  const expert = await suite.t.user(login, 'Смирнов Олег')
  await suite.t.setRole(board.id, login, 'commenter')
  const items = (await suite.t.admin.request<{ items: PlanReadItem[] }>('GET', `/api/boards/${board.id}/plan`)).body.items.filter(item => item.kind === 'item')
  const remark = async (nodeId: string, text: string) => {
    const created = await expert.request<{ id: string }>('POST', `/api/boards/${board.id}/annotations`, { anchor: { kind: 'plan', nodeId }, quote: '', text })
    expect(created.status).toBe(201)
    return created.body.id
  }
  return { board, expert, items, remark }
}

async function openBoard (boardId: string): Promise<Page> {
  const page = await suite.newPage('admin')
  await signInThroughUi(page, suite.t.server.url, 'admin', ADMIN_PASSWORD, `#/boards/${boardId}/plan`)
  return page
}

describe('small things users notice', () => {
  test('the comments button says how many threads are open and how many comments are new, each in words', async () => {
    const { board, expert, items, remark } = await boardWithExpert('Колпинский район')
    const first = await remark(items[0].id, 'Уточните сроки.')
    await expert.request('POST', `/api/boards/${board.id}/annotations/${first}/replies`, { text: 'И ответственного.' })
    const second = await remark(items[1].id, 'Нет результата.')
    await suite.t.admin.request('POST', `/api/boards/${board.id}/annotations/${second}/resolve`, {})
    const page = await openBoard(board.id)
    const toggle = page.getByTestId('annotations-toggle')
    await page.locator('[data-testid="annotations-toggle"][data-unread="3"]').waitFor()
    expect(await toggle.innerText()).toMatch(/^Замечания: открыто 1\s+3 новых$/)
    expect(await page.getByTestId('annotations-unread').getAttribute('title')).toBe('Новых комментариев, которые вы ещё не видели: 3')
  })

  test('a thread is no longer «новое» once you reply to it; the others stay new', async () => {
    const { board, items, remark } = await boardWithExpert('Петродворцовый район')
    await remark(items[0].id, 'Уточните сроки.')
    await remark(items[1].id, 'Нет результата.')
    const page = await openBoard(board.id)
    await page.getByTestId('annotations-toggle').click()
    const threads = page.getByTestId('thread')
    await poll(() => threads.getByTestId('thread-unread').count()).toBe(2)
    const answered = threads.filter({ hasText: 'Уточните сроки.' })
    await answered.getByTestId('thread-reply-input').fill('Исправили на ноябрь.')
    await answered.getByTestId('thread-reply-submit').click()
    await answered.getByTestId('thread-comment').filter({ hasText: 'Исправили на ноябрь.' }).waitFor()
    await poll(() => answered.getByTestId('thread-unread').count()).toBe(0)
    expect(await threads.filter({ hasText: 'Нет результата.' }).getByTestId('thread-unread').count()).toBe(1)
  })

  test('the version name field is empty after a version is saved', async () => {
    const board = await suite.t.createBoard('Пушкинский район')
    const page = await openBoard(board.id)
    await page.getByTestId('versions-open').click()
    const name = page.getByTestId('version-save-name')
    await name.fill('Перед советом')
    await page.getByTestId('version-save').click()
    await page.locator('[data-testid="version-row"]', { hasText: 'Перед советом' }).waitFor()
    expect(await name.inputValue()).toBe('')
    expect(await page.getByTestId('version-save').isDisabled()).toBe(true)
  })

  test('the users page offers no «Отключить» or admin toggle on one\'s own row (they would be refused), and does on others\'', async () => {
    await suite.t.user('secondadmin', 'Второй Администратор')
    await suite.t.admin.request('PATCH', '/api/users/secondadmin', { isAdmin: true })
    await suite.t.user('teacher', 'Учитель')
    const page = await suite.newPage('secondadmin')
    await signInThroughUi(page, suite.t.server.url, 'secondadmin', 'secondadmin-password', '#/users')
    const own = page.locator('[data-testid="user-row"][data-login="secondadmin"]')
    await own.waitFor()
    expect(await own.getByTestId('user-toggle-active').count()).toBe(0)
    expect(await own.getByTestId('user-toggle-admin').count()).toBe(0)
    expect(await own.getByTestId('user-rename').count()).toBe(1)
    // The built-in admin can never be switched off either.
    const builtIn = page.locator('[data-testid="user-row"][data-login="admin"]')
    expect(await builtIn.getByTestId('user-toggle-active').count()).toBe(0)
    const other = page.locator('[data-testid="user-row"][data-login="teacher"]')
    expect(await other.getByTestId('user-toggle-active').innerText()).toBe('Отключить')
    expect(await other.getByTestId('user-toggle-admin').count()).toBe(1)
  })

  test('the first visit to the sign-in page logs nothing in the console (no 401 for the session check)', async () => {
    const page = await suite.newPage('visitor')
    const logged: string[] = []
    page.on('console', message => { if (message.type() === 'error' || message.type() === 'warning') logged.push(message.text()) })
    const failed: string[] = []
    page.on('response', response => { if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`) })
    await page.goto(`${suite.t.server.url}/#/`)
    await page.getByTestId('login-input').waitFor()
    await page.waitForLoadState('networkidle')
    expect(failed).toEqual([])
    expect(logged).toEqual([])
  })
})
