import { describe, expect, test } from 'vitest'
import { signInThroughUi } from '../helpers/browser'
import { browserSuite } from '../helpers/browserSuite'

const suite = browserSuite()

describe('the member picker in a real browser', () => {
  test('an owner finds a person with a Cyrillic login by typing part of the name, picks with the keyboard, and sees the name in the list', async () => {
    const { t } = suite
    const board = await t.createBoard('Невский район')
    await t.admin.request('POST', '/api/users', { login: 'Иванова', password: 'ivanova-password', name: 'Иванова Мария Петровна' })
    await t.admin.request('POST', '/api/users', { login: 'ivanov.p', password: 'ivanov-password', name: 'Иванов Пётр' })
    await t.user('owner2', 'Орлова Анна')
    await t.setRole(board.id, 'owner2', 'owner')

    const page = await suite.newPage('owner')
    await signInThroughUi(page, t.server.url, 'OWNER2', 'owner2-password', `#/boards/${board.id}/members`)
    const field = page.getByTestId('member-add-login')
    await field.fill('мари')
    const options = page.getByTestId('member-picker-option')
    await expect.poll(() => options.evaluateAll(list => list.map(o => o.getAttribute('data-login')))).toEqual(['иванова'])
    expect(await field.getAttribute('aria-expanded')).toBe('true')

    // Two people start with «иван»; the keyboard picks the second one offered.
    await field.fill('иван')
    await expect.poll(() => options.count()).toBe(2)
    const logins = await options.evaluateAll(list => list.map(o => o.getAttribute('data-login')))
    await field.press('ArrowDown')
    await field.press('ArrowDown')
    await field.press('Enter')
    expect(await field.inputValue()).not.toBe('иван')
    await page.getByTestId('member-add-submit').click()

    const rows = page.getByTestId('member-row')
    await expect.poll(() => rows.evaluateAll(list => list.map(r => r.getAttribute('data-login')))).toContain(logins[1])
    const row = page.locator(`[data-testid="member-row"][data-login="${logins[1]}"]`)
    expect(await row.innerText()).toMatch(logins[1] === 'иванова' ? /Иванова Мария Петровна/ : /Иванов Пётр/)
    expect(await page.getByTestId('members-notice').innerText()).toMatch(/на доске/)

    // A Cyrillic login typed in full, in another case, still adds without the list.
    const other = logins[0] ?? ''
    await field.fill(other.toUpperCase())
    await field.press('Escape')
    await page.getByTestId('member-add-submit').click()
    await expect.poll(() => rows.evaluateAll(list => list.map(r => r.getAttribute('data-login')))).toContain(other)
  })
})
