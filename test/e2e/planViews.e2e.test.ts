import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { createNode } from '../../shared/plan/planDoc'
import { NodeKind } from '../../shared/plan/planFields'
import { signInThroughUi } from '../helpers/browser'
import { browserSuite } from '../helpers/browserSuite'
import { ADMIN_PASSWORD } from '../helpers/testServer'
import { connectDoc } from '../helpers/yClient'

const suite = browserSuite()

async function open (login: string, password: string, hash: string): Promise<Page> {
  const page = await suite.newPage(login, 15_000)
  await signInThroughUi(page, suite.t.server.url, login, password, hash)
  return page
}

const cell = (page: Page, number: string, field: string) =>
  page.locator(`[data-testid="plan-row"][data-number="${number}"] [data-testid="plan-cell-${field}"]`)
const bar = (page: Page, id: string) => page.locator(`[data-testid="timeline-item"][data-node-id="${id}"] [data-testid="timeline-bar"]`)

describe('the table and the timeline are two views of one live plan', () => {
  test('a cell edited on the table shows on the other\'s timeline; a drag on the timeline rewrites the other\'s table', async () => {
    const board = await suite.t.createBoard('Центральный район')
    await suite.t.user('petrova', 'Петрова Анна')
    await suite.t.setRole(board.id, 'petrova', 'editor')
    const seed = connectDoc(suite.t.server.url, board.documents.plan, suite.t.admin.cookie)
    await seed.whenSynced()
    const section = createNode(seed.doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Повышение квалификации' } })
    const item = createNode(seed.doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Курсы для педагогов', timing: 'октябрь' } })
    await seed.whenSaved()

    const table = await open('admin', ADMIN_PASSWORD, `#/boards/${board.id}/plan`)
    const timeline = await open('petrova', 'petrova-password', `#/boards/${board.id}/timeline`)
    await expect.poll(() => bar(timeline, item).getAttribute('data-end')).toBe('2023-10')

    // Table → timeline: the timing typed on one screen moves the bar on the other.
    await cell(table, '1.1', 'timing').click()
    await table.keyboard.press('F2')
    await table.getByTestId('plan-cell-editor').waitFor()
    await table.keyboard.press('End')
    await table.keyboard.type(' - декабрь')
    await table.keyboard.press('Enter')
    await expect.poll(() => bar(timeline, item).getAttribute('data-end')).toBe('2023-12')

    // Timeline → table: dragging the bar a month to the right rewrites the text.
    const october = await timeline.locator('.timeline-head__month[data-month="2023-10"]').first().boundingBox()
    const start = await bar(timeline, item).boundingBox()
    if (!october || !start) throw new Error('timeline not drawn')
    const y = start.y + start.height / 2
    await timeline.mouse.move(start.x + 20, y)
    await timeline.mouse.down()
    await timeline.mouse.move(start.x + 20 + october.width / 2, y, { steps: 4 })
    await timeline.mouse.move(start.x + 20 + october.width, y, { steps: 4 })
    await timeline.mouse.up()
    await expect.poll(() => cell(table, '1.1', 'timing').innerText()).toBe('ноябрь – январь')
  })

  test('an event marked done on one person\'s Plan tab appears in «Проведённые мероприятия» on another\'s Report tab, live', async () => {
    const board = await suite.t.createBoard('Выборгский район')
    await suite.t.user('ivanov', 'Иванов Илья')
    await suite.t.setRole(board.id, 'ivanov', 'editor')
    const seed = connectDoc(suite.t.server.url, board.documents.plan, suite.t.admin.cookie)
    await seed.whenSynced()
    const section = createNode(seed.doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Методическое сопровождение' } })
    createNode(seed.doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Семинар «Командная работа»', timing: 'ноябрь', audience: 'руководители ЛОИ' } })
    await seed.whenSaved()

    const plan = await open('admin', ADMIN_PASSWORD, `#/boards/${board.id}/plan`)
    const report = await open('ivanov', 'ivanov-password', `#/boards/${board.id}/report`)
    await report.locator('[data-testid="outline-item"][data-number="3.3"]').click()
    const held = report.locator('[data-testid="report-section"][data-number="3.3"] [data-testid="generated-block"][data-kind="events-held"]')
    await held.getByText('Нет проведённых мероприятий.').waitFor()

    await plan.locator('[data-testid="plan-row"][data-number="1.1"] [data-testid="plan-status"]').selectOption('done')
    await held.locator('tr', { hasText: 'Семинар «Командная работа»' }).waitFor()
    expect(await held.locator('tr', { hasText: 'Семинар «Командная работа»' }).innerText()).toContain('руководители ЛОИ')
  })
})
