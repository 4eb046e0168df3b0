import { afterEach, describe, expect, test } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { createNode, replaceText, setStatus } from '../../shared/plan/planDoc'
import { ItemStatus, NodeKind } from '../../shared/plan/planFields'
import { signInThroughUi } from '../helpers/browser'
import { browserSuite } from '../helpers/browserSuite'
import { ADMIN_PASSWORD } from '../helpers/testServer'
import { closeAllDocs, connectDoc } from '../helpers/yClient'


const suite = browserSuite({ unloadDelayMs: 1000 })
afterEach(() => closeAllDocs())

/**
 * Counts the Yjs update messages the page sends (y-websocket: message type 0
 * «sync», sub-type 2 «update»; both one-byte varints). A read-only page must
 * send none: the server would refuse it and the connection would be lost.
 */
function countYjsUpdates () {
  const counter = window as unknown as { yjsUpdatesSent: number }
  counter.yjsUpdatesSent = 0
  const send = WebSocket.prototype.send
  WebSocket.prototype.send = function (data) {
    if (data instanceof Uint8Array && data[0] === 0 && data[1] === 2) counter.yjsUpdatesSent++
    return send.call(this, data)
  }
}

/** Dialogs any page opened: a script that ran from pasted content would open one. */
const dialogs: string[] = []

async function openReport (login: string, password: string, boardId: string): Promise<Page> {
  const page = await suite.newPage(login)
  await page.addInitScript(countYjsUpdates)
  // A script that ran from pasted content would open a dialog.
  page.on('dialog', dialog => {
    dialogs.push(`[${login}] ${dialog.message()}`)
    console.error(`[${login}] unexpected dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  await signInThroughUi(page, suite.t.server.url, login, password, `#/boards/${boardId}/report`)
  await page.getByTestId('report-outline').waitFor()
  await section(page, '1').getByTestId('section-editor').waitFor()
  return page
}

const section = (page: Page, number: string): Locator => page.locator(`[data-testid="report-section"][data-number="${number}"]`)

/** A plan with one section and two items, written by a real Yjs client as the plan tab would. */
async function seedPlan (boardPlan: string) {
  const plan = connectDoc(suite.t.server.url, boardPlan, suite.t.admin.cookie)
  await plan.whenSynced()
  const sectionId = createNode(plan.doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Научно-методическое сопровождение' } })
  const seminar = createNode(plan.doc, { kind: NodeKind.item, parentId: sectionId, fields: { title: 'Семинар для ЛОИ «Командная работа»', timing: 'октябрь', audience: 'руководители ОУ' } })
  createNode(plan.doc, { kind: NodeKind.item, parentId: sectionId, fields: { title: 'Конференция инновационных площадок', timing: 'апрель' } })
  await plan.whenSaved()
  return { plan, seminar }
}

describe('the report tab in two browsers', () => {
  test('text, carets, presence, own-only undo, live generated blocks and typed-table validation', async () => {
    const board = await suite.t.createBoard('Петроградский район')
    await suite.t.user('petrova', 'Петрова Анна')
    await suite.t.setRole(board.id, 'petrova', 'editor')
    const { plan, seminar } = await seedPlan(board.documents.plan)

    const admin = await openReport('admin', ADMIN_PASSWORD, board.id)
    const petrova = await openReport('petrova', 'petrova-password', board.id)

    // The outline numbers the template's sections as the report prints them.
    const outline = admin.getByTestId('report-outline')
    expect(await outline.getByTestId('outline-item').count()).toBe(11)
    expect(await outline.locator('[data-testid="outline-item"][data-number="3.2"]').innerText()).toContain('Инновационная инфраструктура')

    // Opening the report writes nothing, even for an editor: the sections are shown as they are.
    for (const number of ['3.3', '3.7', '4']) {
      await admin.locator(`[data-testid="outline-item"][data-number="${number}"]`).click()
      await section(admin, number).getByTestId('section-editor').waitFor()
    }
    expect(await admin.evaluate(() => (window as unknown as { yjsUpdatesSent: number }).yjsUpdatesSent)).toBe(0)

    // Text typed in section 1 by one editor appears for the other.
    await section(admin, '1').getByText('Задачи года и результаты их решения.').click()
    await admin.keyboard.press('End')
    await admin.keyboard.type(' Все задачи года решены.')
    await section(petrova, '1').getByTestId('section-editor').getByText('Все задачи года решены.', { exact: false }).waitFor()

    // The other's caret carries their name, and the outline shows where they work.
    await section(petrova, '1').locator('.collaboration-carets__label', { hasText: 'Администратор' }).waitFor()
    await petrova.locator('li:has([data-testid="outline-item"][data-number="1"]) [data-testid="outline-presence"][data-login="admin"]').waitFor()

    // Undo takes back only one's own typing, not the other editor's.
    await section(petrova, '1').getByText('Все задачи года решены.', { exact: false }).click()
    await petrova.keyboard.press('End')
    await petrova.keyboard.type(' Дополнение Петровой.')
    const adminSection1 = section(admin, '1').getByTestId('section-editor')
    await adminSection1.getByText('Дополнение Петровой.', { exact: false }).waitFor()
    await adminSection1.focus()
    // Typing closer than the undo manager's capture interval is one step; under load it may be a few.
    await expect.poll(async () => {
      await admin.keyboard.press('Control+z')
      return section(petrova, '1').getByTestId('section-editor').innerText()
    }).not.toContain('Все задачи года решены.')
    expect(await section(petrova, '1').getByTestId('section-editor').innerText()).toContain('Дополнение Петровой.')

    // The «Проведённые мероприятия» block (3.3) is empty until an item is done.
    for (const page of [admin, petrova]) {
      await page.locator('[data-testid="outline-item"][data-number="3.3"]').click()
      await section(page, '3.3').locator('[data-testid="generated-block"][data-kind="events-held"]').getByText('Нет проведённых мероприятий.').waitFor()
    }
    setStatus(plan.doc, seminar, ItemStatus.done)
    replaceText(plan.doc, seminar, 'participants', '25')
    await plan.whenSaved()
    for (const page of [admin, petrova]) {
      const block = section(page, '3.3').locator('[data-testid="generated-block"][data-kind="events-held"]')
      await block.locator('tr', { hasText: 'Семинар для ЛОИ «Командная работа»' }).getByText('25', { exact: true }).waitFor()
      expect(await block.getByTestId('generated-recomputed').innerText()).toMatch(/^Проведённые мероприятия · автоматически из плана · пересчитано \d\d:\d\d$/)
    }

    // A number column with letters: an inline message, a red outline, and the text kept as typed.
    await petrova.locator('[data-testid="outline-item"][data-number="2"]').click()
    const hours = section(petrova, '2').locator('[data-testid="typed-table"][data-kind="programmes"] [data-testid="typed-cell"][data-column="hours"]').first()
    await hours.locator('input, textarea').click()
    await petrova.keyboard.type('abc')
    await hours.getByTestId('typed-cell-error').waitFor()
    expect(await hours.locator('input, textarea').inputValue()).toBe('abc')
    expect(await hours.getAttribute('class')).toContain('is-invalid')
    // Typing in the cell went into the cell only, not into the rich text around it.
    expect(await section(petrova, '2').getByTestId('section-editor').innerText()).not.toContain('abc')
    const adminHours = section(admin, '2').locator('[data-testid="typed-cell"][data-column="hours"]').first()
    await expect.poll(() => adminHours.locator('input, textarea').inputValue()).toBe('abc')
    await adminHours.getByTestId('typed-cell-error').waitFor()

    // Adding a row reaches the other browser.
    await section(petrova, '2').getByTestId('typed-row-add').click()
    await expect.poll(() => section(admin, '2').locator('[data-testid="typed-cell"][data-column="hours"]').count()).toBe(2)
  })

  test('editors insert generated blocks and typed tables, and add, move and remove sections', async () => {
    const board = await suite.t.createBoard('Центральный район')
    await suite.t.user('sidorov', 'Сидоров Павел')
    await suite.t.setRole(board.id, 'sidorov', 'editor')
    const admin = await openReport('admin', ADMIN_PASSWORD, board.id)
    const sidorov = await openReport('sidorov', 'sidorov-password', board.id)

    // Into section 4 (an empty paragraph): a generated block, then a typed table.
    await admin.locator('[data-testid="outline-item"][data-number="4"]').click()
    await section(admin, '4').getByTestId('section-editor').click()
    await admin.getByTestId('report-insert-block').click()
    await admin.locator('[data-testid="insert-block-kind"][data-kind="totals"]').click()
    await admin.getByTestId('report-insert-table').click()
    await admin.locator('[data-testid="insert-table-kind"][data-kind="expertise"]').click()
    await sidorov.locator('[data-testid="outline-item"][data-number="4"]').click()
    await section(sidorov, '4').locator('[data-testid="generated-block"][data-kind="totals"]').getByTestId('generated-recomputed').waitFor()
    await section(sidorov, '4').locator('[data-testid="typed-table"][data-kind="expertise"] [data-testid="typed-cell"][data-column="experts"]').waitFor()

    // A new section at the end, renamed, moved up above «Задачи на следующий учебный год», then removed.
    await admin.getByTestId('section-add').click()
    const title = section(admin, '5').getByTestId('section-title')
    await expect.poll(() => title.evaluate(element => element === document.activeElement)).toBe(true)
    await admin.keyboard.type('Приложения')
    await sidorov.locator('[data-testid="outline-item"][data-number="5"]', { hasText: 'Приложения' }).waitFor()
    await section(admin, '5').getByRole('button', { name: 'Выше', exact: true }).click()
    await sidorov.locator('[data-testid="outline-item"][data-number="4"]', { hasText: 'Приложения' }).waitFor()
    await section(admin, '4').getByTestId('section-remove').click()
    await section(admin, '4').getByTestId('section-remove-confirm').click()
    await expect.poll(() => sidorov.getByTestId('outline-item').count()).toBe(11)
    expect(await sidorov.locator('[data-testid="outline-item"][data-number="4"]').innerText()).toContain('Задачи на следующий учебный год')
  })

  test('pasted HTML keeps text and safe links only', async () => {
    // Parsing the hostile HTML, even in ProseMirror's inert document, makes
    // Chromium report each refused handler; none of them runs.
    suite.expectConsoleErrors(/^Executing inline event handler violates the following Content Security Policy directive/)
    const board = await suite.t.createBoard('Адмиралтейский район')
    const admin = await openReport('admin', ADMIN_PASSWORD, board.id)
    const editor = section(admin, '1').getByTestId('section-editor')
    await section(admin, '1').getByText('Задачи года и результаты их решения.').click()
    await admin.keyboard.press('End')
    await editor.evaluate((element, html) => {
      const data = new DataTransfer()
      data.setData('text/html', html)
      data.setData('text/plain', 'вставка')
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    }, '<p>Вставка <a href="javascript:alert(1)">плохая</a> <a href="https://example.org/otchet" onclick="alert(2)">хорошая</a>'
      + '<img src="x" onerror="alert(3)"><script>alert(4)</script><span style="color:red" onmouseover="alert(5)">конец</span></p>')
    await editor.getByText('хорошая').waitFor()
    const html = await editor.innerHTML()
    expect(html).toContain('href="https://example.org/otchet"')
    expect(html).toContain('плохая')
    expect(html).not.toMatch(/javascript:|<script|<img|onclick|onerror|onmouseover|style="color/i)
    expect(dialogs).toEqual([])
  })

  test('a viewer reads the report live but cannot change it', async () => {
    const board = await suite.t.createBoard('Василеостровский район')
    await suite.t.user('school', 'Школа 287')
    await suite.t.setRole(board.id, 'school', 'viewer')
    const viewer = await openReport('school', 'school-password', board.id)

    expect(await section(viewer, '1').getByTestId('section-editor').getAttribute('contenteditable')).toBe('false')
    expect(await viewer.getByTestId('report-toolbar').count()).toBe(0)
    expect(await viewer.getByTestId('report-insert-block').count()).toBe(0)
    expect(await section(viewer, '1').getByTestId('section-title').getAttribute('readonly')).not.toBeNull()
    await section(viewer, '1').getByTestId('section-editor').click()
    await viewer.keyboard.type('не должно появиться')
    expect(await section(viewer, '1').innerText()).not.toContain('не должно появиться')
    const cell = section(viewer, '1').locator('[data-testid="typed-cell"]').first().locator('input, textarea')
    expect(await cell.getAttribute('readonly')).not.toBeNull()
    expect(await viewer.getByTestId('typed-row-add').count()).toBe(0)

    // The viewer still sees others' edits live, and its connection was never refused a write.
    const admin = await openReport('admin', ADMIN_PASSWORD, board.id)
    await section(admin, '1').getByText('Задачи года и результаты их решения.').click()
    await admin.keyboard.press('End')
    await admin.keyboard.type(' Видно читателю.')
    await section(viewer, '1').getByText('Видно читателю.', { exact: false }).waitFor()
    await viewer.locator('[data-testid="save-indicator"][data-state="saved"]').waitFor()
    expect(await viewer.getByTestId('sync-problem').count()).toBe(0)
    expect(await viewer.evaluate(() => (window as unknown as { yjsUpdatesSent: number }).yjsUpdatesSent)).toBe(0)
    // …while the editor's page does send them (the counter works).
    expect(await admin.evaluate(() => (window as unknown as { yjsUpdatesSent: number }).yjsUpdatesSent)).toBeGreaterThan(0)
  })
})
