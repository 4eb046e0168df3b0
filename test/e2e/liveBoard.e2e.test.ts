import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { signInThroughUi } from '../helpers/browser'
import { browserSuite } from '../helpers/browserSuite'
import { ADMIN_PASSWORD } from '../helpers/testServer'


const suite = browserSuite({ unloadDelayMs: 1000 })

async function openBoard (login: string, password: string, boardId: string): Promise<Page> {
  const page = await suite.newPage(login)
  await signInThroughUi(page, suite.t.server.url, login, password, `#/boards/${boardId}`)
  await page.getByTestId('notes-editor').waitFor()
  return page
}

describe('the live board in two browsers', () => {
  test('each sees the other\'s edit and presence; after a server restart the edit is there', async () => {
    const board = await suite.t.createBoard('Петроградский район')
    await suite.t.user('petrova', 'Петрова Анна')
    await suite.t.setRole(board.id, 'petrova', 'editor')
    const admin = await openBoard('admin', ADMIN_PASSWORD, board.id)
    const petrova = await openBoard('petrova', 'petrova-password', board.id)

    // Presence: each sees the other's name.
    await admin.locator('[data-testid="presence-chip"][data-login="petrova"]').waitFor()
    await petrova.locator('[data-testid="presence-chip"][data-login="admin"]').waitFor()
    expect(await admin.locator('[data-testid="presence-chip"][data-login="petrova"]').innerText()).toContain('Петрова Анна')

    // An edit in the notes reaches the other screen; measure how long it takes.
    await admin.getByTestId('notes-editor').click()
    await admin.keyboard.press('End')
    const phrase = ' Семинар для ЛОИ в октябре.'
    await admin.keyboard.type(phrase)
    const typedAt = Date.now()
    await petrova.getByTestId('notes-editor').getByText('Семинар для ЛОИ в октябре.', { exact: false }).waitFor()
    const delay = Date.now() - typedAt
    console.log(`edit-to-remote-screen delay (after the last keystroke): ${delay} ms`)

    // The other's caret carries their name.
    await petrova.locator('.collaboration-carets__label', { hasText: 'Администратор' }).waitFor()

    // The title is a live field too, in the other direction.
    const title = petrova.getByTestId('live-title')
    await title.click()
    await title.press('End')
    await title.pressSequentially(' (черновик)')
    await expect.poll(() => admin.getByTestId('live-title').inputValue()).toBe('Петроградский район, 2023–2024 (черновик)')

    // The indicator only says «Сохранено» once the server has written it.
    await admin.locator('[data-testid="save-indicator"][data-state="saved"]').waitFor()
    await petrova.locator('[data-testid="save-indicator"][data-state="saved"]').waitFor()
    expect(await admin.getByTestId('save-indicator').innerText()).toBe('Сохранено')

    await suite.t.restart()
    await petrova.reload()
    await petrova.getByTestId('notes-editor').getByText('Семинар для ЛОИ в октябре.', { exact: false }).waitFor()
    expect(await petrova.getByTestId('live-title').inputValue()).toBe('Петроградский район, 2023–2024 (черновик)')
    // The page that was not reloaded reconnects by itself.
    await admin.locator('[data-testid="save-indicator"][data-state="saved"]').waitFor({ timeout: 15_000 })
  })

  test('an editor demoted while typing is told, turns read-only and keeps the live board', async () => {
    const board = await suite.t.createBoard('Кировский район')
    await suite.t.user('sidorov', 'Сидоров Пётр')
    await suite.t.setRole(board.id, 'sidorov', 'editor')
    const page = await openBoard('sidorov', 'sidorov-password', board.id)
    await page.locator('[data-testid="save-indicator"][data-state="saved"]').waitFor()
    await suite.t.setRole(board.id, 'sidorov', 'viewer')
    const title = page.getByTestId('live-title')
    await title.click()
    await title.press('End')
    // One input event (as a paste or an IME would give): one update, refused whole.
    await page.keyboard.insertText(' правка')
    await page.getByTestId('sync-problem').getByText('отклонено', { exact: false }).waitFor()
    await page.getByTestId('read-only-notice').waitFor()
    await expect.poll(async () => await page.getByTestId('live-title').getAttribute('readonly')).not.toBeNull()
    // The refused letters never reached the server: the title is as it was, for everyone…
    await expect.poll(() => page.getByTestId('live-title').inputValue()).toBe('Кировский район, 2023–2024')
    // …and what he typed is offered back to copy, not silently dropped.
    const refused = page.getByTestId('refused-text')
    await refused.first().waitFor()
    expect(await refused.first().innerText()).toContain('Кировский район, 2023–2024 правка')
  })

  test('a viewer sees the board live but cannot change it', async () => {
    const board = await suite.t.createBoard('Василеостровский район')
    await suite.t.user('school', 'Школа 287')
    await suite.t.setRole(board.id, 'school', 'viewer')
    const viewer = await openBoard('school', 'school-password', board.id)
    expect(await viewer.getByTestId('live-title').getAttribute('readonly')).not.toBeNull()
    expect(await viewer.getByTestId('notes-editor').getAttribute('contenteditable')).toBe('false')
    await viewer.getByTestId('notes-editor').click()
    await viewer.keyboard.type('не должно появиться')
    expect(await viewer.getByTestId('notes-editor').innerText()).not.toContain('не должно появиться')

    const admin = await openBoard('admin', ADMIN_PASSWORD, board.id)
    await admin.getByTestId('notes-editor').click()
    await admin.keyboard.type('Видно читателю ')
    await viewer.getByTestId('notes-editor').getByText('Видно читателю', { exact: false }).waitFor()
    await viewer.locator('[data-testid="save-indicator"][data-state="saved"]').waitFor()
  })
})
