import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { signInThroughUi } from '../helpers/browser'
import { browserSuite } from '../helpers/browserSuite'
import { ADMIN_PASSWORD } from '../helpers/testServer'

const suite = browserSuite()

async function openBoard (login: string, password: string, boardId: string): Promise<Page> {
  const page = await suite.newPage(login)
  await signInThroughUi(page, suite.t.server.url, login, password, `#/boards/${boardId}`)
  await page.getByTestId('notes-editor').waitFor()
  return page
}

describe('honest offline', () => {
  test('Chromium goes offline → «Нет связи» within 5 s; back online → «Сохранено», and the offline edit is on the other screen', async () => {
    const board = await suite.t.createBoard('Выборгский район')
    await suite.t.user('ivanova', 'Иванова Мария')
    await suite.t.setRole(board.id, 'ivanova', 'editor')
    const laptop = await openBoard('ivanova', 'ivanova-password', board.id)
    const other = await openBoard('admin', ADMIN_PASSWORD, board.id)
    const indicator = laptop.getByTestId('save-indicator')
    await laptop.locator('[data-testid="save-indicator"][data-state="saved"]').waitFor()

    await laptop.context().setOffline(true)
    const wentOffline = Date.now()
    await laptop.locator('[data-testid="save-indicator"][data-state="offline"]').waitFor({ timeout: 5000 })
    console.log(`«Нет связи» shown ${((Date.now() - wentOffline) / 1000).toFixed(2)} s after the network went away`)
    expect(await indicator.innerText()).toMatch(/^Нет связи/)

    await laptop.getByTestId('notes-editor').click()
    await laptop.keyboard.press('End')
    await laptop.keyboard.type(' Записано без связи.')
    // Still honest while offline: never «Сохранено» for an edit the server has not got.
    expect(await indicator.getAttribute('data-state')).toBe('offline')

    await laptop.context().setOffline(false)
    await laptop.locator('[data-testid="save-indicator"][data-state="saved"]').waitFor({ timeout: 10_000 })
    await other.getByTestId('notes-editor').getByText('Записано без связи.', { exact: false }).waitFor({ timeout: 10_000 })
  }, 60_000)

  test('a damaged document (4500): the page says «Документ повреждён» and stops reconnecting', async () => {
    const board = await suite.t.createBoard('Курортный район')
    // The store reports the plan as damaged, as it does for a file that fails its checksum.
    const store = (suite.t.server.hub as unknown as { store: { load: (name: string) => Promise<unknown> } }).store
    const load = store.load.bind(store)
    store.load = async (name: string) => name === board.documents.plan
      ? { ok: false, error: { code: 'corrupt', location: name, message: `Документ ${name} повреждён` } }
      : load(name)
    const page = await suite.newPage('admin')
    let planSockets = 0
    page.on('websocket', socket => { if (socket.url().endsWith(board.documents.plan)) planSockets++ })
    await signInThroughUi(page, suite.t.server.url, 'admin', ADMIN_PASSWORD, `#/boards/${board.id}`)
    await page.getByTestId('sync-problem').getByText('Документ повреждён на сервере', { exact: false }).waitFor()
    expect(await page.getByTestId('save-indicator').getAttribute('data-state')).toBe('offline')
    // The old client reconnected within the 5 s backoff, for ever; this one does not try again.
    const again = await page.waitForEvent('websocket', { predicate: socket => socket.url().endsWith(board.documents.plan), timeout: 6000 }).then(() => true, () => false)
    expect(again).toBe(false)
    expect(planSockets).toBe(1)
    store.load = load
  }, 60_000)
})
