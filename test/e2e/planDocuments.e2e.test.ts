import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { applyImportedPlan } from '../../shared/plan/applyImportedPlan'
import type { ImportedPlan } from '../../shared/plan/importedPlan'
import { FIXTURE_TITLE, planFixtureDocx } from '../fixtures/planFixture'
import { signInThroughUi } from '../helpers/browser'
import { browserSuite } from '../helpers/browserSuite'
import { ADMIN_PASSWORD } from '../helpers/testServer'
import { connectDoc } from '../helpers/yClient'

const suite = browserSuite()

async function open (hash: string): Promise<Page> {
  const page = await suite.newPage('admin', 15_000)
  await signInThroughUi(page, suite.t.server.url, 'admin', ADMIN_PASSWORD, hash)
  return page
}

describe('a Word plan on the board: sub-heading, merged cells, title; the owner\'s settings and the export choices', () => {
  test('the imported plan shows its sub-heading unnumbered, the result merged over 19 rows, its own title; settings save; the export menu offers ODT and the used columns', async () => {
    const board = await suite.t.createBoard('Петроградский район')
    const response = await fetch(`${suite.t.server.url}/api/import/plan-docx`, { method: 'POST', headers: { cookie: suite.t.admin.cookie }, body: new Uint8Array(await planFixtureDocx('typed')) })
    const { plan } = await response.json() as { plan: ImportedPlan }
    const seed = connectDoc(suite.t.server.url, board.documents.plan, suite.t.admin.cookie)
    await seed.whenSynced()
    applyImportedPlan(seed.doc, plan)
    await seed.whenSaved()

    const page = await open(`#/boards/${board.id}/plan`)
    const subheading = page.locator('[data-testid="plan-row"][data-kind="subheading"]')
    await expect.poll(() => subheading.count()).toBe(1)
    expect(await subheading.getAttribute('data-number')).toBe('')
    expect(await subheading.innerText()).toContain('Семинары по отдельным направлениям')
    // 4.11, the sub-heading, then 4.12: the numbers around it are unchanged.
    const numbers = await page.locator('[data-testid="plan-row"]').evaluateAll(rows => rows.map(row => row.getAttribute('data-number')))
    expect(numbers.slice(numbers.indexOf('4.11'), numbers.indexOf('4.11') + 3)).toEqual(['4.11', '', '4.12'])
    const merged = page.locator('[data-merged-up]')
    expect(await merged.count()).toBe(19)
    expect(await merged.first().innerText()).toContain('Распространение инновационного опыта')
    expect(await page.getByTestId('plan-title').inputValue()).toBe(FIXTURE_TITLE)

    // The owner's settings form saves through the API with the shared validation.
    // Rarer actions are folded into «Ещё» so the header stays one row.
    await page.getByTestId('board-more').locator('summary').click()
    await page.getByTestId('board-settings').click()
    const form = page.getByTestId('board-settings-form')
    await form.locator('input[name="directorName"]').waitFor()
    await expect.poll(() => form.locator('input[name="directorName"]').isEnabled()).toBe(true)
    await form.locator('input[name="city"]').fill('Санкт-Петербург')
    await form.locator('input[name="directorName"]').fill('Смирнова Анна')
    await form.getByRole('button', { name: 'Сохранить' }).click()
    await expect.poll(() => form.getByRole('status').innerText()).toMatch(/И\. О\. Фамилия/)
    await form.locator('input[name="directorName"]').fill('А. В. Смирнова')
    await form.getByRole('button', { name: 'Сохранить' }).click()
    await expect.poll(() => form.getByRole('status').innerText()).toBe('Реквизиты сохранены.')
    expect((await suite.t.admin.request('GET', `/api/boards/${board.id}/settings`)).body).toMatchObject({ city: 'Санкт-Петербург', director: { name: 'А. В. Смирнова' } })

    // The export menu: an ODT item, and every column the plan fills checked by default.
    await page.getByTestId('export-menu').click()
    expect(await page.getByTestId('export-item').allInnerTexts()).toContain('План мероприятий — ODT')
    const checked = await page.locator('[data-testid="export-columns"] input[type="checkbox"]').evaluateAll(boxes => boxes.filter(box => (box as HTMLInputElement).checked).map(box => box.getAttribute('data-column')))
    expect(checked).toEqual(['timing', 'audience', 'expectedResult', 'responsible', 'organisation'])
  })
})
