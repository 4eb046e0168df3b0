import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { createIndicator, createOrganisation } from '../../shared/registry/registryDoc'
import { signInThroughUi } from '../helpers/browser'
import { browserSuite } from '../helpers/browserSuite'
import { connectDoc } from '../helpers/yClient'


const suite = browserSuite()

async function openRegistry (login: string, boardId: string, before?: (page: Page) => void): Promise<Page> {
  const page = await suite.newPage(login)
  before?.(page)
  await signInThroughUi(page, suite.t.server.url, login, `${login}-password`, `#/boards/${boardId}/registry`)
  await page.getByTestId('registry-tab').waitFor()
  return page
}

/** The row of an organisation, found by its short name (its field's accessible name carries it). */
function row (page: Page, shortName: string) {
  return page.getByTestId('org-row').filter({ has: page.getByLabel(`Краткое название: ${shortName}`, { exact: true }) })
}

const pasted = [
  'ГБОУ № 287 — РИП: «Формирование механизмов сетевого взаимодействия» (2021–2023)',
  'ГБДОУ детский сад № 93\t\tЛОИ\t«Школа для родителей»\t2022–2024',
  'ГБОУ гимназия № 67; ; ЛОИ; За рамки. Обучение вне стен классной комнаты; 2022–2024',
  'ГБОУ школа № 3',
  'ДДТ Петроградского района',
].join('\n')

describe('the registry tab in several browsers', () => {
  test('an editor imports organisations; another editor sees them and adds a status; counts follow on both', async () => {
    const board = await suite.t.createBoard('Петроградский район')
    await suite.t.user('petrova', 'Петрова Анна')
    await suite.t.user('ivanov', 'Иванов Пётр')
    await suite.t.setRole(board.id, 'petrova', 'editor')
    await suite.t.setRole(board.id, 'ivanov', 'editor')
    const petrova = await openRegistry('petrova', board.id)
    const ivanov = await openRegistry('ivanov', board.id)
    await petrova.getByTestId('tab-registry').and(petrova.locator('[aria-selected="true"]')).waitFor()

    await petrova.getByTestId('org-import').click()
    await petrova.getByTestId('import-registry-text').fill(pasted)
    await petrova.getByTestId('import-registry-summary').getByText('Будет добавлено ОУ: 5').waitFor()
    expect(await petrova.getByTestId('import-registry-row').count()).toBe(5)
    await petrova.getByTestId('import-registry-apply').click()
    await petrova.getByTestId('import-registry-dialog').waitFor({ state: 'detached' })

    for (const page of [petrova, ivanov]) {
      await page.getByTestId('org-row').nth(4).waitFor()
      expect(await page.getByTestId('org-row').count()).toBe(5)
      await page.getByTestId('registry-counts').getByText('Всего ОУ: 5, с инновационным статусом: 3').waitFor()
    }
    expect(await row(ivanov, 'ГБДОУ детский сад № 93').getByTestId('org-type').inputValue()).toBe('kindergarten')
    expect(await row(ivanov, 'ГБОУ № 287').getByTestId('status-topic').inputValue()).toBe('Формирование механизмов сетевого взаимодействия')

    // Ivanov gives «ГБОУ школа № 3» a status: the new status field takes the focus.
    const school = row(ivanov, 'ГБОУ школа № 3')
    await school.getByTestId('status-add').click()
    await expect.poll(() => school.getByTestId('status-code').evaluate(element => element === document.activeElement)).toBe(true)
    await ivanov.keyboard.type('ЛОИ')
    for (const page of [ivanov, petrova]) {
      await page.getByTestId('registry-counts').getByText('Всего ОУ: 5, с инновационным статусом: 4').waitFor()
    }
    await expect.poll(() => row(petrova, 'ГБОУ школа № 3').getByTestId('status-code').inputValue()).toBe('ЛОИ')

    // The district's total and an indicator's share, computed the same on both screens.
    await petrova.getByTestId('district-total').fill('63')
    await petrova.getByTestId('indicator-add').click()
    await petrova.getByTestId('indicator-count').fill('27')
    await ivanov.getByTestId('indicator-share').getByText('43\u00A0%').waitFor()
  })

  test('a viewer sees the registry live but has nothing to change it with, and sends no update', async () => {
    const board = await suite.t.createBoard('Василеостровский район')
    await suite.t.user('school', 'Школа 287')
    await suite.t.setRole(board.id, 'school', 'viewer')
    const seed = connectDoc(suite.t.server.url, board.documents.plan, suite.t.admin.cookie)
    await seed.whenSynced()
    createOrganisation(seed.doc, { shortName: 'ГБОУ № 287', type: 'school', statuses: [{ status: 'РИП', topic: 'Сетевое наставничество', period: '2021–2023' }] })
    createIndicator(seed.doc, { name: 'Доля ОУ — районных инновационных площадок', count: '1', history: [{ year: '2021-2022', value: '20,8' }, { year: '2022-2023', value: '35,2' }] })
    await seed.whenSaved()

    const updatesSent: number[] = []
    const viewer = await openRegistry('school', board.id, page => page.on('websocket', socket => socket.on('framesent', frame => {
      const bytes = typeof frame.payload === 'string' ? Buffer.from(frame.payload) : frame.payload
      // y-websocket: message kind 0 (sync), then 2 (an update made on this client).
      if (bytes[0] === 0 && bytes[1] === 2) updatesSent.push(bytes.length)
    })))
    await viewer.getByTestId('org-row').first().waitFor()
    await viewer.getByTestId('indicator-chart').waitFor()
    expect(await viewer.getByTestId('indicator-chart').getByText('20,8').count()).toBe(1)
    for (const testId of ['org-add', 'org-import', 'indicator-add', 'status-add', 'org-remove', 'status-remove', 'history-add', 'indicator-remove']) {
      expect(await viewer.getByTestId(testId).count(), testId).toBe(0)
    }
    expect(await viewer.getByTestId('org-type').isDisabled()).toBe(true)
    expect(await viewer.getByTestId('district-total').getAttribute('readonly')).not.toBeNull()
    await viewer.getByTestId('org-short-name').click()
    await viewer.keyboard.type('не должно появиться')
    expect(await viewer.getByTestId('org-short-name').inputValue()).toBe('ГБОУ № 287')

    // A live change still reaches the viewer.
    createOrganisation(seed.doc, { shortName: 'ГБОУ гимназия № 70' })
    await viewer.getByTestId('registry-counts').getByText('Всего ОУ: 2, с инновационным статусом: 1').waitFor()
    await viewer.locator('[data-testid="save-indicator"][data-state="saved"]').waitFor()
    expect(updatesSent).toEqual([])
  })
})
