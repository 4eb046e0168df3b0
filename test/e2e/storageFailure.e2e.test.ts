import { afterAll, afterEach, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { signInThroughUi } from '../helpers/browser'
import { browserSuite } from '../helpers/browserSuite'
import { smallDisk } from '../helpers/smallDisk'
import { ADMIN_PASSWORD } from '../helpers/testServer'

const disk = await smallDisk()
console.log(`storage failure browser test on: ${disk.kind === 'tmpfs' ? 'a real 8 MB tmpfs' : 'injected faults (no tmpfs)'}`)
// Registered before the suite's own hooks, so it runs after them (after hooks run as a stack): the server stops first.
afterAll(() => disk.dispose())
const suite = browserSuite({ dataDir: disk.dataDir, wrapDocStore: disk.wrapDocStore })
afterEach(() => disk.restore())

async function openBoard (login: string, password: string, boardId: string): Promise<Page> {
  const page = await suite.newPage(login)
  await signInThroughUi(page, suite.t.server.url, login, password, `#/boards/${boardId}`)
  await page.getByTestId('notes-editor').waitFor()
  return page
}

const state = (page: Page, value: string) => page.locator(`[data-testid="save-indicator"][data-state="${value}"]`)

describe('a full disk on the server, seen in the browser (issue 14, item 3)', () => {
  test('the indicator says «Не сохранено» within seconds, the other screen still gets the text, and «Сохранено» returns by itself', async () => {
    const board = await suite.t.createBoard('Приморский район')
    await suite.t.user('petrova', 'Петрова Анна')
    await suite.t.setRole(board.id, 'petrova', 'editor')
    const laptop = await openBoard('petrova', 'petrova-password', board.id)
    const other = await openBoard('admin', ADMIN_PASSWORD, board.id)
    const indicator = laptop.getByTestId('save-indicator')
    await state(laptop, 'saved').waitFor()

    await disk.fill()
    const filled = Date.now()
    await laptop.getByTestId('notes-editor').click()
    await laptop.keyboard.press('End')
    // A pasted paragraph: more than the free end of the log's last page can take.
    await laptop.keyboard.insertText(' ' + 'Вставлено, когда диск сервера заполнен. '.repeat(150))
    await laptop.keyboard.type(' Итог.')
    await state(laptop, 'unsaved').waitFor({ timeout: 5000 })
    const toUnsaved = Date.now() - filled
    expect(await indicator.innerText()).toBe('Не сохранено')
    expect(await indicator.getAttribute('title')).toMatch(/не может записать/)
    // The server keeps the text in memory and passes it on.
    await other.getByTestId('notes-editor').getByText('Итог.', { exact: false }).waitFor({ timeout: 5000 })
    await state(other, 'unsaved').waitFor({ timeout: 5000 })
    // Honest while the disk is full: never «Сохранено» for what is not on disk.
    expect(await indicator.getAttribute('data-state')).toBe('unsaved')

    await disk.free()
    const freed = Date.now()
    await state(laptop, 'saved').waitFor({ timeout: 15_000 })
    const toSaved = Date.now() - freed
    await state(other, 'saved').waitFor({ timeout: 5000 })
    expect(await indicator.innerText()).toBe('Сохранено')
    console.log(`browser (${disk.kind}): «Не сохранено» ${(toUnsaved / 1000).toFixed(2)} s after the disk filled, «Сохранено» ${(toSaved / 1000).toFixed(2)} s after space returned`)
  }, 60_000)
})
