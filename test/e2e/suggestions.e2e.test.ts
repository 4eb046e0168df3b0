import { mkdirSync } from 'node:fs'
import { afterEach, beforeAll, describe, expect, test } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import * as Y from 'yjs'
import { createNode } from '../../shared/plan/planDoc'
import { NodeKind } from '../../shared/plan/planFields'
import { reportChildren, sectionBody } from '../../shared/report/reportDoc'
import type { VersionInfo } from '../../shared/review/versionModel'
import { signInThroughUi } from '../helpers/browser'
import { browserSuite } from '../helpers/browserSuite'
import { closeAllDocs, connectDoc } from '../helpers/yClient'

/** Set SUGGESTION_SCREENSHOTS=/some/dir to keep pictures of a suggestion inline in the report and in the plan. */
const shots = process.env.SUGGESTION_SCREENSHOTS

const suite = browserSuite({ unloadDelayMs: 1000 })
beforeAll(() => { if (shots) mkdirSync(shots, { recursive: true }) })
afterEach(() => closeAllDocs())

async function open (login: string, boardId: string, tab: 'plan' | 'report'): Promise<Page> {
  const page = await suite.newPage(login)
  await signInThroughUi(page, suite.t.server.url, login, `${login}-password`, `#/boards/${boardId}/${tab}`)
  await page.getByTestId(tab === 'plan' ? 'plan-tab' : 'report-tab').waitFor()
  return page
}

const section = (page: Page, number: string): Locator => page.locator(`[data-testid="report-section"][data-number="${number}"]`)
const editorText = (page: Page) => section(page, '1').getByTestId('section-editor')
const PARAGRAPH = 'В течение года проведено 12 семинаров для педагогов района.'

/** Report section 1 with one paragraph and a plan with one item, written by a Yjs client as another editor would. */
async function seed (board: { documents: { plan: string; report: string } }): Promise<string> {
  const report = connectDoc(suite.t.server.url, board.documents.report, suite.t.admin.cookie)
  const plan = connectDoc(suite.t.server.url, board.documents.plan, suite.t.admin.cookie)
  await Promise.all([report.whenSynced(), plan.whenSynced()])
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(PARAGRAPH)])
  sectionBody(reportChildren(report.doc, null)[0][1])!.insert(0, [paragraph])
  const sectionId = createNode(plan.doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Работа с кадрами' } })
  const item = createNode(plan.doc, { kind: NodeKind.item, parentId: sectionId, fields: { title: 'Семинар для ЛОИ', timing: 'октябрь' } })
  await Promise.all([report.whenSaved(), plan.whenSaved()])
  return item
}

async function selectWords (page: Page, words: string) {
  await editorText(page).getByText(words, { exact: false }).waitFor()
  await editorText(page).evaluate((editor, target) => {
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

describe('suggestions («Предложить правку») in real browsers', () => {
  test('a commenter proposes new words in the report; the editor sees them inline, accepts, and both screens show the new words; the versions dialog compares two older versions', async () => {
    const board = await suite.t.createBoard('Приморский район')
    const petrovaApi = await suite.t.user('petrova', 'Петрова Анна')
    const expertApi = await suite.t.user('expert', 'Смирнов Олег')
    await suite.t.setRole(board.id, 'petrova', 'editor')
    await suite.t.setRole(board.id, 'expert', 'commenter')
    const item = await seed(board)
    const before = await petrovaApi.request<VersionInfo>('POST', `/api/boards/${board.id}/versions`, { name: 'До совета' })
    expect(before.status).toBe(201)
    const expert = await open('expert', board.id, 'report')
    const petrova = await open('petrova', board.id, 'report')
    await editorText(petrova).getByText('проведено 12 семинаров', { exact: false }).waitFor()

    // The commenter selects words and proposes a replacement.
    await selectWords(expert, '12 семинаров')
    await expert.getByTestId('suggest-selection').click()
    const input = expert.getByTestId('suggestion-input')
    await input.waitFor()
    expect(await input.inputValue()).toBe('12 семинаров')
    await input.fill('14 семинаров')
    const sentAt = Date.now()
    await expert.getByTestId('new-thread-submit').click()

    // The editor sees it inline: the old words struck through, the proposal and the proposer's name beside them.
    const proposal = editorText(petrova).getByTestId('report-suggestion-new')
    await proposal.waitFor()
    const roundTripMs = Date.now() - sentAt
    console.log(`suggestion round trip (commenter's click → editor's screen): ${roundTripMs} ms`)
    expect(await proposal.innerText()).toContain('14 семинаров')
    expect(await proposal.innerText()).toContain('Смирнов Олег')
    expect(await editorText(petrova).getByTestId('report-suggestion-old').innerText()).toBe('12 семинаров')
    expect(await proposal.evaluate(el => getComputedStyle(el).getPropertyValue('--suggestion-color').trim())).toMatch(/^(#|hsl|rgb)/)
    // The commenter's own screen shows it too, and the commenter cannot accept.
    await editorText(expert).getByTestId('report-suggestion-new').waitFor()
    expect(await expert.getByTestId('suggestion-accept').count()).toBe(0)
    if (shots) await petrova.screenshot({ path: `${shots}/suggestion-report.png` })

    // A click on the proposal opens its thread; the editor accepts.
    await proposal.click()
    const thread = petrova.locator('[data-testid="thread"][data-suggestion="true"]')
    await thread.getByTestId('thread-suggestion').waitFor()
    await thread.getByTestId('suggestion-accept').click()
    await editorText(petrova).getByText('проведено 14 семинаров для педагогов', { exact: false }).waitFor()
    await editorText(expert).getByText('проведено 14 семинаров для педагогов', { exact: false }).waitFor()
    expect(await editorText(petrova).innerText()).not.toContain('12 семинаров')
    expect(await editorText(expert).getByTestId('report-suggestion-new').count()).toBe(0)
    await petrova.locator('[data-testid="save-indicator"][data-state="saved"]').waitFor()
    // Suggestion mode: the editor's own text turns read-only, selecting words offers «Правка».
    await petrova.getByTestId('suggest-mode-toggle').check()
    await expect.poll(() => editorText(petrova).getAttribute('contenteditable'), { timeout: 10_000 }).toBe('false')
    await selectWords(petrova, 'для педагогов')
    await petrova.getByTestId('suggest-selection').waitFor()
    await petrova.getByTestId('suggest-mode-toggle').uncheck()
    await expect.poll(() => editorText(petrova).getAttribute('contenteditable'), { timeout: 10_000 }).toBe('true')

    // A suggestion on a plan cell is shown on the cell, struck through with the proposal.
    expect((await expertApi.request('POST', `/api/boards/${board.id}/annotations`, {
      anchor: { kind: 'plan', nodeId: item, field: 'timing' }, quote: 'октябрь', text: 'Лучше после каникул', suggestion: 'ноябрь',
    })).status).toBe(201)
    await petrova.getByTestId('tab-plan').click()
    const cellNote = petrova.locator('[data-testid="plan-row"][data-number="1.1"]').getByTestId('plan-cell-timing').getByTestId('plan-cell-suggestion')
    await cellNote.waitFor()
    expect(await cellNote.innerText()).toMatch(/октябрь\s+ноябрь\s*правка: Смирнов Олег/)
    if (shots) await petrova.screenshot({ path: `${shots}/suggestion-plan.png` })

    // The cell changed after the proposal: accepting shows the conflict with the words there now, and changes nothing.
    const timingCell = petrova.locator('[data-testid="plan-row"][data-number="1.1"]').getByTestId('plan-cell-timing')
    await timingCell.click()
    await petrova.keyboard.press('Enter')
    await petrova.getByTestId('plan-cell-editor').waitFor()
    await petrova.keyboard.press('End')
    await petrova.keyboard.type(' – декабрь')
    await petrova.keyboard.press('Enter')
    await petrova.locator('[data-testid="save-indicator"][data-state="saved"]').waitFor()
    const planThread = petrova.locator('[data-testid="thread"][data-suggestion="true"]', { hasText: 'ноябрь' })
    await planThread.getByTestId('suggestion-accept').click()
    await planThread.getByText('Сейчас там: «октябрь – декабрь»', { exact: false }).waitFor()
    expect(await timingCell.innerText()).toContain('октябрь – декабрь')

    // Two older versions compared in the dialog: the words changed, and who edited between them.
    const after = await petrovaApi.request<VersionInfo>('POST', `/api/boards/${board.id}/versions`, { name: 'После совета' })
    expect(after.status).toBe(201)
    expect((await petrovaApi.request('POST', `/api/boards/${board.id}/versions`, { name: 'Позже' })).status).toBe(201)
    await petrova.getByTestId('versions-open').click()
    const rowOf = (name: string) => petrova.locator('[data-testid="version-row"]', { hasText: name })
    await rowOf('До совета').getByTestId('version-pick').check()
    await rowOf('После совета').getByTestId('version-pick').check()
    await petrova.getByTestId('versions-compare-picked').click()
    const diff = petrova.getByTestId('version-diff')
    await diff.getByTestId('diff-report-words').waitFor()
    expect(await diff.locator('del.diff-word').allInnerTexts()).toEqual(['12'])
    expect(await diff.locator('ins.diff-word').allInnerTexts()).toEqual(['14'])
    expect(await diff.getByTestId('version-diff-authors').innerText()).toContain('Смирнов Олег')
    // The changed section names who changed it, the proposer among them (the server applied it for him), in Moscow time.
    const sectionBy = await diff.getByTestId('diff-report-section').getByTestId('diff-by').innerText()
    expect(sectionBy).toContain('Смирнов Олег')
    expect(sectionBy).toMatch(/^Правка: .*\d\d\.\d\d\.\d{4}, \d\d:\d\d/)
    expect(await diff.innerText()).toContain('«До совета» → «После совета»')
    if (shots) await petrova.screenshot({ path: `${shots}/versions-two.png` })
  })
})
