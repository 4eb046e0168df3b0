import { describe, expect, test } from 'vitest'
import { ADMIN_PASSWORD } from '../helpers/testServer'
import { signInThroughUi } from '../helpers/browser'
import { browserSuite } from '../helpers/browserSuite'

const suite = browserSuite()

describe('the built client under the Content-Security-Policy', () => {
  test('signs in, opens a board and the users page with its audit log: no page error, no CSP violation', async () => {
    const board = await suite.t.createBoard('Петроградский район')
    const page = await suite.newPage('admin')
    // Page errors fail the test through browserSuite; CSP refusals only reach the console.
    const problems: string[] = []
    page.on('console', message => { if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text()) })
    // A wrong password first, so the audit log has a failure to show.
    await page.goto(`${suite.t.server.url}/#/`)
    await page.getByTestId('login-input').fill('admin')
    await page.getByTestId('password-input').fill('не-тот-пароль')
    await page.getByTestId('login-submit').click()
    await page.getByText('Неверный логин или пароль').waitFor()
    await signInThroughUi(page, suite.t.server.url, 'admin', ADMIN_PASSWORD, `#/boards/${board.id}/plan`)
    await page.getByText('Петроградский район').first().waitFor()

    await page.goto(`${suite.t.server.url}/#/users`)
    const log = page.getByTestId('audit-log')
    await log.getByRole('cell', { name: 'Неудачный вход', exact: true }).waitFor()
    await log.getByRole('cell', { name: 'Вход', exact: true }).first().waitFor()
    expect(await log.getByRole('row').count()).toBeGreaterThanOrEqual(3)
    expect(problems).toEqual([])
  }, 60_000)
})
