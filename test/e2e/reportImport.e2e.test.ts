import { afterEach, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { readReport } from '../../shared/report/reportSnapshot'
import { reportFixturePath } from '../fixtures/report/makeReportFixture'
import { expectedSections } from '../fixtures/report/fixtureExpectations'
import { signInThroughUi } from '../helpers/browser'
import { browserSuite } from '../helpers/browserSuite'
import { closeAllDocs, connectDoc, waitFor } from '../helpers/yClient'

const suite = browserSuite({ unloadDelayMs: 1000 })
afterEach(() => closeAllDocs())

/** Counts the Yjs updates a page sends (as report.e2e.test.ts): a viewer must send none. */
function countYjsUpdates () {
  const counter = window as unknown as { yjsUpdatesSent: number }
  counter.yjsUpdatesSent = 0
  const send = WebSocket.prototype.send
  WebSocket.prototype.send = function (data) {
    if (data instanceof Uint8Array && data[0] === 0 && data[1] === 2) counter.yjsUpdatesSent++
    return send.call(this, data)
  }
}

async function openReport (login: string, boardId: string): Promise<Page> {
  const page = await suite.newPage(login, 20_000)
  await page.addInitScript(countYjsUpdates)
  await signInThroughUi(page, suite.t.server.url, login, `${login}-password`, `#/boards/${boardId}/report`)
  await page.getByTestId('report-outline').waitFor()
  return page
}

test('«Импорт из Word» on the report tab: preview, confirm, the sections arrive for everyone, and a viewer opening them writes nothing', async () => {
  const board = await suite.t.createBoard('Петроградский район')
  await suite.t.user('ivanova', 'Иванова Мария')
  await suite.t.setRole(board.id, 'ivanova', 'editor')
  await suite.t.user('orlov', 'Орлов Пётр')
  await suite.t.setRole(board.id, 'orlov', 'viewer')

  const editor = await openReport('ivanova', board.id)
  const viewer = await openReport('orlov', board.id)
  expect(await viewer.getByTestId('report-import-open').count()).toBe(0)

  const sent = () => viewer.evaluate(() => (window as unknown as { yjsUpdatesSent: number }).yjsUpdatesSent)
  await editor.getByTestId('report-import-open').click()
  const dialog = editor.getByTestId('report-import-dialog')
  // A file that is not a .docx is refused with a message, and nothing is sent.
  await dialog.getByTestId('report-import-file').setInputFiles({ name: 'отчёт.doc', mimeType: 'application/msword', buffer: Buffer.from('x') })
  await dialog.getByTestId('report-import-error').waitFor()
  expect(await dialog.getByTestId('report-import-apply').isDisabled()).toBe(true)

  await dialog.getByTestId('report-import-file').setInputFiles(reportFixturePath)
  const preview = dialog.getByTestId('report-import-preview')
  await preview.waitFor()
  expect(await dialog.getByTestId('report-import-counts').innerText()).toContain('разделов: 28, таблиц: 15 (ячеек: 171)')
  expect(await preview.innerText()).toContain('3.7.1. Доля педагогов с высшей категорией')
  expect(await preview.innerText()).toContain('в документе номер 3.7.4., в Планёрке — 3.7.1.')
  // Nothing changed before the confirmation: the template is still there.
  expect(await editor.locator('[data-testid="outline-item"]').count()).toBe(11)

  expect(await dialog.getByTestId('report-import-replace').isChecked()).toBe(true)
  await dialog.getByTestId('report-import-apply').click()
  await dialog.getByTestId('report-import-done').waitFor()
  expect(await dialog.getByTestId('report-import-done').innerText()).toContain('Прежний отчёт сохранён как версия')
  await dialog.getByTestId('report-import-close').click()

  // Both pages show the imported outline, numbered with the trailing dot.
  for (const page of [editor, viewer]) {
    await page.waitForFunction((count) => document.querySelectorAll('[data-testid="outline-item"]').length === count, 28)
    const numbers = await page.locator('[data-testid="report-outline"] [data-testid="outline-item"]').evaluateAll((items) => items.map((item) => item.textContent ?? ''))
    expect(numbers.map((text) => text.replace(/\s+/g, ''))).toEqual(expectedSections().map((s) => `${s.number}${s.title}`.replace(/\s+/g, '')))
  }

  // The viewer had the template's sections open when they were replaced: it wrote nothing and kept its connection.
  expect(await sent()).toBe(0)
  expect(await viewer.getByTestId('sync-problem').count()).toBe(0)
  // The report's own title is on screen for the title page (read-only for the viewer).
  expect(await editor.getByTestId('report-title').inputValue()).toContain('Аналитический отчёт о деятельности ГБУ ДППО ЦПКС')
  expect(await viewer.getByTestId('report-title').getAttribute('readonly')).not.toBeNull()
  // The viewer scrolls to a section with a merged table and a footnote: the editor draws them, and writes nothing back.
  const target = viewer.locator('[data-testid="report-section"][data-number="3.2"]')
  await target.scrollIntoViewIfNeeded()
  const body = target.getByTestId('section-editor')
  await body.locator('table td[rowspan="3"]').waitFor()
  expect(await body.locator('table').innerText()).toContain('ГБОУ лицей № 82')
  expect(await body.locator('sup.report-footnote').first().getAttribute('title')).toContain('ОЭП — опытно-экспериментальная площадка')
  await viewer.locator('[data-testid="report-section"][data-number="3.2.2"] table').waitFor()
  expect(await viewer.evaluate(() => (window as unknown as { yjsUpdatesSent: number }).yjsUpdatesSent)).toBe(0)

  // The document on the server holds the imported report.
  const conn = connectDoc(suite.t.server.url, board.documents.report, suite.t.admin.cookie)
  await conn.whenSynced()
  await waitFor(conn.doc, () => readReport(conn.doc).sections.length === 6)
  expect(readReport(conn.doc).title).toContain('Аналитический отчёт о деятельности')
})

test('pasting a report with headings into a section offers the split into sections, numbers re-derived', async () => {
  const board = await suite.t.createBoard('Кировский район')
  await suite.t.user('smirnova', 'Смирнова Ольга')
  await suite.t.setRole(board.id, 'smirnova', 'editor')
  const page = await openReport('smirnova', board.id)
  const asked: string[] = []
  page.on('dialog', dialog => { asked.push(dialog.message()); void dialog.accept() })
  // Pasted HTML is read in an inert document: an image in it is never fetched (nor its handlers run).
  const fetchedFromPaste: string[] = []
  page.on('request', (request) => { if (request.url().includes('pasted-image-probe')) fetchedFromPaste.push(request.url()) })
  const first = page.locator('[data-testid="report-section"][data-number="1"]')
  await first.getByText('Задачи года и результаты их решения.').click()
  await page.keyboard.press('End')
  await first.getByTestId('section-editor').evaluate((element, html) => {
    const data = new DataTransfer()
    data.setData('text/html', html)
    data.setData('text/plain', 'вставка')
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, '<p>Вводный абзац.</p><h1>1. Итоги года</h1><p>Текст итогов.<img src="/pasted-image-probe.png"></p><h2>1.1. Семинары</h2><table><tr><th>Тема</th><th>Дата</th></tr><tr><td>Наставничество</td><td>12.10</td></tr></table>'
    + '<h3>Подробности</h3><p>Ещё текст.</p><h1>2. Планы</h1><ul><li>первое</li><li>второе</li></ul>')
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="outline-item"]').length === 14)
  expect(asked).toHaveLength(1)
  expect(asked[0]).toContain('заголовки (3)')
  await first.getByText('Вводный абзац.').waitFor()
  const titles = await page.locator('[data-testid="outline-item"]').evaluateAll((items) => items.map((item) => (item.textContent ?? '').replace(/\s+/g, '')))
  expect(titles.slice(0, 4)).toEqual(['1.Краткийанализрешениязадач', '2.Итогигода', '2.1.Семинары', '3.Планы'])
  const seminars = page.locator('[data-testid="report-section"][data-number="2.1"]')
  await seminars.scrollIntoViewIfNeeded()
  await seminars.locator('table th', { hasText: 'Тема' }).waitFor()
  expect(await seminars.locator('h3', { hasText: 'Подробности' }).count()).toBe(1)
  expect(fetchedFromPaste).toEqual([])
})
