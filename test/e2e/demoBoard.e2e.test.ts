import { describe, expect, test } from 'vitest'
import { signInThroughUi } from '../helpers/browser'
import { browserSuite } from '../helpers/browserSuite'
import { ADMIN_PASSWORD } from '../helpers/testServer'

/** A fresh data folder: the server's first start creates the demo board, as `npm start` does. */
const suite = browserSuite({ demo: true })
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 })

describe('the demo board on a fresh data folder, in a real browser', () => {
  test('the administrator opens «Демо-район» and sees a plan in sections, the timeline, the registry and a partly written report', async () => {
    const page = await suite.newPage('admin')
    await signInThroughUi(page, suite.t.server.url, 'admin', ADMIN_PASSWORD)

    // The board list offers it, marked as a demo.
    const card = page.getByTestId('board-link').filter({ hasText: 'Демо-район' })
    await card.getByTestId('board-demo').waitFor()
    await card.click()
    expect(await page.getByTestId('board-title').innerText()).toBe('Демо-район, 2023–2024')

    // «План»: four sections of items in the official form, some already held.
    await page.getByTestId('tab-plan').click()
    const sections = page.locator('[data-testid="plan-row"][data-kind="section"]')
    const items = page.locator('[data-testid="plan-row"][data-kind="item"]')
    await poll(() => sections.count()).toBe(4)
    expect(await sections.getByTestId('plan-cell-title').allInnerTexts()).toEqual([
      'Повышение квалификации', 'Организационно-методическое сопровождение', 'Аналитическая деятельность', 'Информационная поддержка',
    ])
    expect(await items.count()).toBeGreaterThanOrEqual(28)
    expect(await page.locator('[data-testid="plan-row"][data-kind="item"][data-status="done"]').count()).toBeGreaterThanOrEqual(3)
    expect(await page.locator('[data-testid="plan-row"][data-number="1.1"] [data-testid="plan-cell-timing"]').innerText()).not.toBe('')

    // «Таймлайн»: the same plan on the academic year, a lane per section, bars for the items.
    await page.getByTestId('tab-timeline').click()
    await poll(() => page.getByTestId('timeline-lane').count()).toBe(4)
    expect(await page.getByTestId('timeline-bar').count()).toBeGreaterThan(10)

    // «Реестр»: the district's organisations with their innovation statuses.
    await page.getByTestId('tab-registry').click()
    const counts = page.getByTestId('registry-counts')
    await poll(() => counts.getAttribute('data-total').then(Number)).toBeGreaterThanOrEqual(8)
    expect(Number(await counts.getAttribute('data-with-status'))).toBeGreaterThan(0)
    expect(await page.getByTestId('district-total').inputValue()).toBe('63')
    expect(await page.getByTestId('status-row').count()).toBeGreaterThan(0)

    // «Отчёт»: the first section written, computed blocks filled from the plan and from the registry.
    await page.getByTestId('tab-report').click()
    const first = page.locator('[data-testid="report-section"][data-number="1"]')
    await first.getByText('инновационной инфраструктуры Демо-района', { exact: false }).waitFor()
    // Sections render as they are reached: go to each block's section through the outline.
    await page.getByTestId('outline-item').filter({ hasText: 'Инновационная инфраструктура' }).click()
    const infrastructure = page.locator('[data-testid="generated-block"][data-kind="infrastructure"]')
    await poll(() => infrastructure.getByTestId('generated-recomputed').count()).toBe(1)
    expect(await infrastructure.getByTestId('generated-recomputed').innerText()).toMatch(/^Инновационная инфраструктура · автоматически из реестра · пересчитано \d\d:\d\d$/)
    expect(await infrastructure.locator('td').allInnerTexts()).toContain('ЛОИ')
    await page.getByTestId('outline-item').filter({ hasText: 'Конференции и семинары' }).click()
    const held = page.locator('[data-testid="generated-block"][data-kind="events-held"]')
    await poll(() => held.getByTestId('generated-recomputed').count()).toBe(1)
    expect(await held.getByTestId('generated-recomputed').innerText()).toMatch(/· автоматически из плана ·/)
    expect(await held.locator('tbody tr').count()).toBeGreaterThanOrEqual(3)
  }, 60_000)
})
