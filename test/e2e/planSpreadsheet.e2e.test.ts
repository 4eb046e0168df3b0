import { afterEach, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { createNode, nodeText, planNodes } from '../../shared/plan/planDoc'
import { NodeKind, type PlanTextField } from '../../shared/plan/planFields'
import { signInThroughUi } from '../helpers/browser'
import { browserSuite } from '../helpers/browserSuite'
import { ADMIN_PASSWORD } from '../helpers/testServer'
import { closeAllDocs, connectDoc } from '../helpers/yClient'

const suite = browserSuite()
afterEach(() => closeAllDocs())

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 })
const row = (page: Page, number: string) => page.locator(`[data-testid="plan-row"][data-number="${number}"]`)
const cell = (page: Page, number: string, field: string) => row(page, number).getByTestId(`plan-cell-${field}`)
const cellText = (page: Page, number: string, field: string) => cell(page, number, field).locator('.plan-cell__text').innerText()
const editor = (page: Page) => page.getByTestId('plan-cell-editor')

interface Seeded {
  page: Page
  /** Another editor's copy of the plan (a Node Yjs client): what everyone else sees. */
  other: ReturnType<typeof connectDoc>
  ids: string[]
  text: (index: number, field: PlanTextField) => string
}

/** A board with one section and two items, open in the plan tab; a Yjs client watches it as a colleague would. */
async function seeded (district: string): Promise<Seeded> {
  const board = await suite.t.createBoard(district)
  const other = connectDoc(suite.t.server.url, board.documents.plan, suite.t.admin.cookie)
  await other.whenSynced()
  const section = createNode(other.doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Повышение квалификации' } })
  const ids = [
    createNode(other.doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Семинар для ЛОИ', timing: 'октябрь', audience: 'педагоги ОУ', responsible: 'Иванова О. П.' } }),
    createNode(other.doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Конкурс педагогических проектов', timing: 'март', audience: 'учителя' } }),
  ]
  await other.whenSaved()
  const page = await suite.newPage('admin')
  await signInThroughUi(page, suite.t.server.url, 'admin', ADMIN_PASSWORD, `#/boards/${board.id}/plan`)
  await row(page, '1.2').waitFor()
  const text = (index: number, field: PlanTextField) => nodeText(planNodes(other.doc).get(ids[index])!, field)!.toString()
  return { page, other, ids, text }
}

describe('spreadsheet habits in the plan table', () => {
  test('typing on a selected cell replaces its text (Cyrillic as text input, a digit as a key press); Enter keeps it and goes down', async () => {
    const { page, text } = await seeded('Невский район')
    await cell(page, '1.1', 'title').click()
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('plan-cell-input')
    // Playwright types Cyrillic as text input with no key events: the catcher takes it.
    await page.keyboard.type('Вебинар для наставников')
    await editor(page).waitFor()
    expect(await editor(page).inputValue()).toBe('Вебинар для наставников')
    await page.keyboard.press('Enter')
    expect(await editor(page).count()).toBe(0)
    await poll(() => text(0, 'title')).toBe('Вебинар для наставников')
    await row(page, '1.2').locator('[data-testid="plan-cell-title"].is-active').waitFor()

    // A digit arrives as a key press: it replaces too.
    await cell(page, '1.2', 'timing').click()
    await page.keyboard.type('15 марта')
    await page.keyboard.press('Tab')
    await poll(() => text(1, 'timing')).toBe('15 марта')
    await poll(() => cellText(page, '1.2', 'timing')).toBe('15 марта')
  }, 60_000)

  test('F2, Enter and a double click edit in place keeping the text; Escape puts the cell back', async () => {
    const { page, text } = await seeded('Приморский район')
    await cell(page, '1.1', 'audience').click()
    await page.keyboard.press('F2')
    await editor(page).waitFor()
    expect(await editor(page).inputValue()).toBe('педагоги ОУ')
    await page.keyboard.type(' и методисты')
    await page.keyboard.press('Enter')
    await poll(() => text(0, 'audience')).toBe('педагоги ОУ и методисты')

    await cell(page, '1.1', 'responsible').dblclick()
    await editor(page).waitFor()
    expect(await editor(page).inputValue()).toBe('Иванова О. П.')
    await page.keyboard.press('Tab')

    // Escape after replacing: the old text comes back for everyone, and «Вернуть» does not bring the cancelled words back.
    await cell(page, '1.2', 'title').click()
    await page.keyboard.type('1 черновик')
    await poll(() => text(1, 'title')).toBe('1 черновик')
    await page.keyboard.press('Escape')
    expect(await editor(page).count()).toBe(0)
    await poll(() => text(1, 'title')).toBe('Конкурс педагогических проектов')
    // The page draws its snapshot at its next frame, which a busy machine delays: wait for it rather than read once.
    await poll(() => cellText(page, '1.2', 'title')).toBe('Конкурс педагогических проектов')
    await page.keyboard.press('Control+y')
    expect(await cellText(page, '1.2', 'title')).toBe('Конкурс педагогических проектов')
    // Escape after editing in place: the words added are taken out, the rest stays.
    await page.keyboard.press('Enter')
    await editor(page).waitFor()
    await page.keyboard.press('End')
    await page.keyboard.type(' (отменить)')
    await page.keyboard.press('Escape')
    await poll(() => text(1, 'title')).toBe('Конкурс педагогических проектов')
    // Shift+Enter and Alt+Enter break the line inside the cell.
    await page.keyboard.press('Enter')
    await page.keyboard.press('End')
    await page.keyboard.press('Shift+Enter')
    await page.keyboard.type('второй этап')
    await page.keyboard.press('Alt+Enter')
    await page.keyboard.type('третий этап')
    await page.keyboard.press('Enter')
    await poll(() => text(1, 'title')).toBe('Конкурс педагогических проектов\nвторой этап\nтретий этап')
  }, 60_000)

  test('IME composition and dictation on a selected cell start editing without losing a character', async () => {
    const { page, text } = await seeded('Кировский район')
    const cdp = await page.context().newCDPSession(page)

    // An IME: the composition shows over the cell; once committed it is the cell's new text, in its editor.
    await cell(page, '1.1', 'title').click()
    await cdp.send('Input.imeSetComposition', { text: 'ко', selectionStart: 2, selectionEnd: 2 })
    await cdp.send('Input.imeSetComposition', { text: 'конф', selectionStart: 4, selectionEnd: 4 })
    expect(await page.getByTestId('plan-cell-input').getAttribute('class')).toContain('is-composing')
    await cdp.send('Input.insertText', { text: 'конференция' })
    await editor(page).waitFor()
    expect(await editor(page).inputValue()).toBe('конференция')
    await page.keyboard.type(' «Наставничество»')
    await page.keyboard.press('Enter')
    await poll(() => text(0, 'title')).toBe('конференция «Наставничество»')

    // Dictation or an on-screen keyboard: whole words as text input, no key press.
    await cell(page, '1.2', 'audience').click()
    await page.keyboard.insertText('молодые специалисты')
    await editor(page).waitFor()
    await page.keyboard.press('Enter')
    await poll(() => text(1, 'audience')).toBe('молодые специалисты')
  }, 60_000)

  test('«Фактическая дата» has a calendar and still takes a phrase; «Число участников» is a number field that keeps what is typed', async () => {
    const { page, text } = await seeded('Калининский район')
    await row(page, '1.1').getByTestId('plan-outcome-toggle').click()
    const outcome = page.getByTestId('plan-outcome')
    const date = outcome.getByTestId('plan-outcome-actualDate')
    const picker = outcome.getByTestId('plan-outcome-actualDate-picker')
    expect(await picker.getAttribute('type')).toBe('date')
    expect(await picker.getAttribute('min')).toBe('2023-09-01')
    expect(await picker.getAttribute('max')).toBe('2024-08-31')

    await picker.fill('2023-10-15')
    await poll(() => date.inputValue()).toBe('15.10.2023')
    await poll(() => text(0, 'actualDate')).toBe('15.10.2023')
    // A date in words is read back into the calendar; a phrase is kept, with no error.
    await date.fill('3 ноября')
    await poll(() => picker.inputValue()).toBe('2023-11-03')
    await date.fill('в течение года')
    await poll(() => text(0, 'actualDate')).toBe('в течение года')
    expect(await picker.inputValue()).toBe('')
    expect(await outcome.locator('.plan-outcome__field.has-error').count()).toBe(0)

    const count = outcome.getByTestId('plan-outcome-participants')
    expect(await count.getAttribute('inputmode')).toBe('numeric')
    await count.fill('около 40')
    await outcome.getByText('Число участников — целое неотрицательное число.').waitFor()
    await poll(() => text(0, 'participants')).toBe('около 40')
    expect(await count.inputValue()).toBe('около 40')
    await count.fill('25')
    await poll(() => outcome.getByText('Число участников — целое неотрицательное число.').count()).toBe(0)
    await count.press('ArrowUp')
    await count.press('ArrowUp')
    await count.press('ArrowDown')
    await poll(() => text(0, 'participants')).toBe('26')
  }, 60_000)
})
