import { mkdirSync } from 'node:fs'
import { afterEach, beforeAll, describe, expect, test } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import * as Y from 'yjs'
import { createNode } from '../../shared/plan/planDoc'
import { NodeKind } from '../../shared/plan/planFields'
import { reportChildren, sectionBody } from '../../shared/report/reportDoc'
import { signInThroughUi } from '../helpers/browser'
import { browserSuite } from '../helpers/browserSuite'
import { ADMIN_PASSWORD } from '../helpers/testServer'
import { closeAllDocs, connectDoc } from '../helpers/yClient'

/** Set REVIEW_SCREENSHOTS=/some/dir to keep pictures of the panel and the version diff. */
const shots = process.env.REVIEW_SCREENSHOTS

const suite = browserSuite({ unloadDelayMs: 1000 })
beforeAll(() => { if (shots) mkdirSync(shots, { recursive: true }) })
afterEach(() => closeAllDocs())

async function open (login: string, password: string, boardId: string, tab: 'plan' | 'report'): Promise<Page> {
  const page = await suite.newPage(login)
  await signInThroughUi(page, suite.t.server.url, login, password, `#/boards/${boardId}/${tab}`)
  await page.getByTestId(tab === 'plan' ? 'plan-tab' : 'report-tab').waitFor()
  return page
}

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 })
const section = (page: Page, number: string): Locator => page.locator(`[data-testid="report-section"][data-number="${number}"]`)
const row = (page: Page, number: string) => page.locator(`[data-testid="plan-row"][data-number="${number}"]`)
const cell = (page: Page, number: string, field: string) => row(page, number).getByTestId(`plan-cell-${field}`)
const PARAGRAPH = 'В течение года проведено 12 семинаров для педагогов. Участвовали все ОУ района.'

/** A paragraph in report section 1 and a plan with one item, written by Yjs clients as other editors would. */
async function seed (board: { documents: { plan: string; report: string } }) {
  const report = connectDoc(suite.t.server.url, board.documents.report, suite.t.admin.cookie)
  const plan = connectDoc(suite.t.server.url, board.documents.plan, suite.t.admin.cookie)
  await Promise.all([report.whenSynced(), plan.whenSynced()])
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(PARAGRAPH)])
  sectionBody(reportChildren(report.doc, null)[0][1])!.insert(0, [paragraph])
  const sectionId = createNode(plan.doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Научно-методическое сопровождение' } })
  createNode(plan.doc, { kind: NodeKind.item, parentId: sectionId, fields: { title: 'Семинар для ЛОИ', timing: 'октябрь' } })
  await Promise.all([report.whenSaved(), plan.whenSaved()])
}

/** Selects `words` inside a section's text as a person dragging the mouse would (a DOM range in the editor). */
async function selectWords (page: Page, number: string, words: string) {
  await section(page, number).getByTestId('section-editor').getByText(words, { exact: false }).waitFor()
  await section(page, number).getByTestId('section-editor').evaluate((editor, target) => {
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(target)
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + target.length)
      const selection = window.getSelection()!
      selection.removeAllRanges()
      selection.addRange(range)
      return
    }
    throw new Error(`«${target}» not found`)
  }, words)
}

describe('the Expert Council review in real browsers', () => {
  test('a commenter annotates a report passage; the editor sees it live, follows it through edits and resolves it', async () => {
    const board = await suite.t.createBoard('Петроградский район')
    await suite.t.user('petrova', 'Петрова Анна')
    await suite.t.user('expert', 'Смирнов Олег')
    await suite.t.setRole(board.id, 'petrova', 'editor')
    await suite.t.setRole(board.id, 'expert', 'commenter')
    await seed(board)
    const expert = await open('expert', 'expert-password', board.id, 'report')
    const petrova = await open('petrova', 'petrova-password', board.id, 'report')

    // The commenter selects words and annotates them, mentioning the editor.
    await selectWords(expert, '1', 'проведено 12 семинаров')
    await expert.getByTestId('annotate-selection').click()
    await expert.getByTestId('annotations-panel').waitFor()
    await expert.getByTestId('new-thread-input').pressSequentially('Уточните источник цифры, @pet')
    await expert.locator('[data-testid="mention-option"][data-login="petrova"]').click()
    await poll(() => expert.getByTestId('new-thread-input').inputValue()).toBe('Уточните источник цифры, @petrova ')
    await expert.getByTestId('new-thread-submit').click()
    const expertThread = expert.getByTestId('thread')
    await expertThread.waitFor()
    expect(await expertThread.getByTestId('thread-anchor').innerText()).toBe('Отчёт 1: “проведено 12 семинаров”')
    expect(await expert.getByTestId('report-annotation-highlight').innerText()).toBe('проведено 12 семинаров')
    // A commenter answers, never resolves.
    expect(await expertThread.getByTestId('thread-resolve').count()).toBe(0)
    // A click on the highlight (in a read-only editor) opens its thread.
    await expert.getByLabel('Закрыть панель замечаний').click()
    await expert.getByTestId('report-annotation-highlight').click()
    await expert.locator('[data-testid="thread"].is-focused').waitFor()

    // The editor sees the highlight and an unread comment, live.
    await petrova.getByTestId('report-annotation-highlight').waitFor()
    expect(await petrova.getByTestId('report-annotation-highlight').innerText()).toBe('проведено 12 семинаров')
    await petrova.locator('[data-testid="annotations-toggle"][data-unread="1"]').waitFor()
    // The highlight follows the words while she types before them.
    await section(petrova, '1').getByTestId('section-editor').click()
    await petrova.keyboard.press('Control+Home')
    await petrova.keyboard.type('Итог: ')
    // (The other's caret label sits inside the text on the commenter's screen, so only the start is compared.)
    await poll(async () => (await section(expert, '1').getByTestId('section-editor').innerText()).startsWith('Итог:')).toBe(true)
    expect(await expert.getByTestId('report-annotation-highlight').innerText()).toBe('проведено 12 семинаров')

    // Opening the panel reads the comment; she resolves it as accepted.
    await petrova.getByTestId('annotations-toggle').click()
    const thread = petrova.getByTestId('thread')
    await thread.getByText('Уточните источник цифры', { exact: false }).waitFor()
    await petrova.locator('[data-testid="annotations-toggle"][data-unread="0"]').waitFor()
    if (shots) await petrova.screenshot({ path: `${shots}/annotations-panel.png` })
    await thread.getByTestId('thread-resolution').selectOption('accepted')
    await thread.getByTestId('thread-resolve').click()

    // The commenter sees it resolved, and the highlight gone.
    await expert.locator('[data-testid="thread"][data-resolved="true"]').waitFor()
    expect(await expert.getByTestId('thread-resolved-note').innerText()).toContain('принято — Петрова Анна')
    await poll(() => expert.getByTestId('report-annotation-highlight').count()).toBe(0)
    await poll(() => petrova.getByTestId('report-annotation-highlight').count()).toBe(0)

    // The words deleted: the thread says so and keeps the original quote.
    await section(petrova, '1').locator('p', { hasText: 'Итог:' }).click()
    await selectWords(petrova, '1', 'проведено 12 семинаров ')
    await petrova.keyboard.press('Backspace')
    const gone = expert.getByTestId('thread-deleted-anchor')
    await gone.waitFor()
    expect(await gone.innerText()).toContain('фрагмент удалён')
    expect(await gone.innerText()).toContain('“проведено 12 семинаров”')

    // From another tab, a click on the thread's place opens the report at its section.
    await expert.getByTestId('tab-plan').click()
    await expert.getByTestId('plan-tab').waitFor()
    await expert.getByTestId('thread-anchor').click()
    await expert.getByTestId('report-tab').waitFor()
    expect(expert.url()).toContain('/report')
  })

  test('the owner agrees over an open remark: the editor\'s table and report turn read-only live; reopening gives them back', async () => {
    const board = await suite.t.createBoard('Василеостровский район')
    await suite.t.user('ivanov', 'Иванов Пётр')
    await suite.t.user('council', 'Совет Экспертов')
    await suite.t.setRole(board.id, 'ivanov', 'editor')
    await suite.t.setRole(board.id, 'council', 'commenter')
    await seed(board)
    const ivanov = await open('ivanov', 'ivanov-password', board.id, 'plan')
    const admin = await open('admin', ADMIN_PASSWORD, board.id, 'plan')
    const council = await open('council', 'council-password', board.id, 'plan')

    // The commenter annotates a cell from the keyboard (the selected row also offers a button).
    await cell(council, '1.1', 'timing').click()
    await row(council, '1.1').getByTestId('annotate-row').waitFor()
    await council.keyboard.press('Control+Alt+KeyM')
    await council.getByTestId('new-thread').getByText('План 1.1 · Сроки проведения').waitFor()
    await council.getByTestId('new-thread-input').fill('Уточните сроки')
    await council.getByTestId('new-thread-submit').click()
    await council.getByTestId('thread').waitFor()
    // The editor's row shows the open remark, and the annotated cell.
    await row(ivanov, '1.1').getByTestId('row-annotation-marker').waitFor()
    expect(await cell(ivanov, '1.1', 'timing').getAttribute('data-annotated')).toBe('true')
    await row(ivanov, '1.1').getByTestId('row-annotation-marker').click()
    await ivanov.getByTestId('annotations-panel').getByTestId('thread').getByText('Уточните сроки').waitFor()
    if (shots) await ivanov.screenshot({ path: `${shots}/plan-marker.png` })

    await admin.getByTestId('review-submit').click()
    await ivanov.locator('[data-testid="review-state"][data-state="review"]').waitFor()
    expect(await ivanov.getByTestId('review-notice').innerText()).toContain('Доска передана на рассмотрение')

    // Refused for the open remark; the owner overrides after a confirmation.
    await admin.getByTestId('review-agree').click()
    expect(await admin.getByTestId('review-error').innerText()).toContain('открытые замечания (1)')
    await admin.getByTestId('review-agree-override').click()
    await admin.getByTestId('review-override-confirm').click()
    await admin.locator('[data-testid="review-state"][data-state="agreed"]').waitFor()
    await ivanov.locator('[data-testid="review-state"][data-state="agreed"]').waitFor()
    expect(await ivanov.getByTestId('review-state').innerText()).toContain('Согласовано')
    expect(await ivanov.locator('[data-testid="read-only-notice"][data-reason="agreed"]').innerText()).toContain('Доска согласована: план и отчёт закрыты для правок')
    await admin.getByTestId('review-history').locator('summary').click()
    await admin.getByTestId('review-history-override').waitFor()
    if (shots) await admin.screenshot({ path: `${shots}/agreed-owner.png` })
    // The Council keeps talking after agreement: replies stay open.
    await poll(() => council.getByTestId('thread-reply-input').count()).toBeGreaterThan(0)

    // Typing in the table changes nothing.
    await cell(ivanov, '1.1', 'title').click()
    await ivanov.keyboard.press('Enter')
    await ivanov.keyboard.type('1 правка после согласования')
    expect(await ivanov.getByTestId('plan-cell-editor').count()).toBe(0)
    expect(await cell(ivanov, '1.1', 'title').innerText()).toBe('Семинар для ЛОИ')
    // The fact stays editable on an agreed plan: the status select is enabled, the row actions are gone.
    expect(await row(ivanov, '1.1').locator('select').first().isDisabled()).toBe(false)
    // Nor in the report.
    await ivanov.getByTestId('tab-report').click()
    const body = section(ivanov, '1').getByTestId('section-editor')
    await body.getByText('проведено 12 семинаров', { exact: false }).waitFor()
    expect(await body.getAttribute('contenteditable')).toBe('false')
    await body.click()
    await ivanov.keyboard.type('не должно появиться')
    expect(await body.innerText()).not.toContain('не должно появиться')
    expect(await ivanov.getByTestId('sync-problem').count()).toBe(0)

    // Reopened: the editor can write again, without reloading.
    await admin.getByTestId('review-reopen').click()
    await ivanov.locator('[data-testid="review-state"][data-state="draft"]').waitFor()
    await poll(() => body.getAttribute('contenteditable')).toBe('true')
  })

  test('a version saved, the content changed, the version restored: the other browser gets the old content back', async () => {
    const board = await suite.t.createBoard('Центральный район')
    await suite.t.user('orlova', 'Орлова Мария')
    await suite.t.setRole(board.id, 'orlova', 'editor')
    await seed(board)
    const orlova = await open('orlova', 'orlova-password', board.id, 'plan')
    const admin = await open('admin', ADMIN_PASSWORD, board.id, 'plan')
    await row(orlova, '1.1').waitFor()

    await orlova.getByTestId('versions-open').click()
    expect(await orlova.getByTestId('version-save-name').inputValue()).toMatch(/^Версия для совета \d\d\.\d\d$/)
    await orlova.getByTestId('version-save-name').fill('Перед советом')
    await orlova.getByTestId('version-save').click()
    const saved = orlova.locator('[data-testid="version-row"][data-kind="named"]', { hasText: 'Перед советом' })
    await saved.waitFor()
    expect(await saved.innerText()).toContain('правки:')
    // Opened read-only: the plan as a numbered table.
    await saved.getByTestId('version-open').click()
    await orlova.getByTestId('version-view').getByTestId('version-plan-row').filter({ hasText: 'Семинар для ЛОИ' }).getByText('октябрь').waitFor()
    await orlova.getByTestId('versions-close').click()

    // Change a cell; the other browser sees it.
    await cell(orlova, '1.1', 'timing').click()
    await orlova.keyboard.press('Enter')
    await orlova.getByTestId('plan-cell-editor').waitFor()
    await orlova.keyboard.press('Control+a')
    await orlova.keyboard.type('1-15 ноября')
    await orlova.keyboard.press('Enter')
    await cell(admin, '1.1', 'timing').getByText('1-15 ноября').waitFor()
    await orlova.locator('[data-testid="save-indicator"][data-state="saved"]').waitFor()

    // Compared with the current state: the field before → after.
    await orlova.getByTestId('versions-open').click()
    await saved.getByTestId('version-compare-current').click()
    const diff = orlova.getByTestId('version-diff')
    await diff.getByTestId('diff-plan-changed').waitFor()
    expect(await diff.getByTestId('diff-plan-changed').innerText()).toMatch(/Сроки проведения\s+октябрь\s+→\s+1-15 ноября/)
    // Who changed the item, and when (Moscow time).
    expect(await diff.getByTestId('diff-plan-changed').getByTestId('diff-by').innerText()).toMatch(/Правка: .*Орлова Мария, \d\d\.\d\d\.\d{4}, \d\d:\d\d/)
    if (shots) await orlova.screenshot({ path: `${shots}/version-diff.png` })

    // Restore: the state before is kept as a version of its own.
    await saved.getByTestId('version-restore').click()
    await orlova.getByTestId('version-restore-confirm').click()
    expect(await orlova.getByTestId('version-restored').innerText()).toContain('сохранено как «Перед восстановлением «Перед советом»»')
    await orlova.locator('[data-testid="version-row"][data-kind="restore"]').waitFor()
    await cell(admin, '1.1', 'timing').getByText('октябрь', { exact: true }).waitFor()
    expect(await cell(admin, '1.1', 'timing').innerText()).toBe('октябрь')
  })
})
