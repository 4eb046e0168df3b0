import { afterEach, beforeAll, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import type { BoardDetails, BoardSummary } from '../../shared/api'
import { applyImportedPlan } from '../../shared/plan/applyImportedPlan'
import type { PlanReadItem } from '../../shared/plan/planReadModel'
import { signInThroughUi } from '../helpers/browser'
import { browserSuite } from '../helpers/browserSuite'
import { coveredControls } from '../helpers/coveredControls'
import { ADMIN_PASSWORD } from '../helpers/testServer'
import { closeAllDocs, connectDoc } from '../helpers/yClient'
import { bigPlan } from '../helpers/bigPlan'

/** The demo board gives a realistic plan, registry and report to lay out. */
const suite = browserSuite({ demo: true })
afterEach(() => closeAllDocs())

const sizes = [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }] as const

async function demoBoard (): Promise<BoardDetails> {
  const { body } = await suite.t.admin.request<{ boards: BoardSummary[] }>('GET', '/api/boards')
  const demo = body.boards.find(board => board.demo)
  if (!demo) throw new Error('no demo board')
  return (await suite.t.admin.request<BoardDetails>('GET', `/api/boards/${demo.id}`)).body
}

/** A few remarks on plan items (one with a reply), so the panel has real cards in it. */
async function annotate (board: BoardDetails): Promise<void> {
  const plan = await suite.t.admin.request<{ items: PlanReadItem[] }>('GET', `/api/boards/${board.id}/plan`)
  const items = plan.body.items.filter(item => item.kind === 'item').slice(0, 4)
  const texts = ['Уточните сроки: в графике ИМЦ семинар стоит в ноябре.', 'Нет ответственного от ОУ.',
    'Целевая аудитория слишком широкая — разделите на две строки.', 'Ожидаемый результат не измерим.']
  for (const [index, item] of items.entries()) {
    const created = await suite.t.admin.request<{ id: string }>('POST', `/api/boards/${board.id}/annotations`, {
      anchor: { kind: 'plan', nodeId: item.id, field: index % 2 === 0 ? 'timing' : 'title' },
      quote: index % 2 === 0 ? item.timing : item.title,
      text: texts[index],
    })
    expect(created.status).toBe(201)
    if (index === 0) {
      const reply = await suite.t.admin.request('POST', `/api/boards/${board.id}/annotations/${created.body.id}/replies`, { text: 'Согласна, перенесём.' })
      expect(reply.status).toBe(201)
    }
  }
}

async function openBoard (size: { width: number; height: number }, boardId: string, tab: string): Promise<Page> {
  const page = await suite.newPage(`admin ${size.width}`)
  await page.setViewportSize(size)
  await signInThroughUi(page, suite.t.server.url, 'admin', ADMIN_PASSWORD, `#/boards/${boardId}/${tab}`)
  return page
}

/** Pixels from the window's top to the first plan row, the page scrolled to its top. */
const firstRowTop = (page: Page) => page.evaluate(() => {
  window.scrollTo(0, 0)
  return Math.round(document.querySelector('[data-testid="plan-row"]')!.getBoundingClientRect().top)
})

async function openPanel (page: Page): Promise<void> {
  await page.getByTestId('annotations-toggle').click()
  await page.getByTestId('annotations-panel').waitFor()
  await expect.poll(() => page.getByTestId('annotations-panel').locator('[data-testid="thread"]').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(4)
}

describe('the board at 1366×768 and 1920×1080: nothing interactive is covered, the save state stays in view', () => {
  let board: BoardDetails
  beforeAll(async () => {
    board = await demoBoard()
    await annotate(board)
  })

  for (const size of sizes) {
    test(`${size.width}×${size.height}: plan, timeline and registry with the comments panel open`, async () => {
      const page = await openBoard(size, board.id, 'plan')
      await page.locator('[data-testid="plan-row"][data-kind="item"]').first().waitFor()
      const top = await firstRowTop(page)
      console.log(`${size.width}×${size.height}: the first plan row starts ${top} px from the top`)
      if (size.width === 1366) expect(top).toBeLessThanOrEqual(220)

      await openPanel(page)
      // The panel takes a column beside the content, under the tabs: the header keeps its one row.
      console.log(`${size.width}×${size.height}: with the comments panel open, ${await firstRowTop(page)} px`)
      // A selected row shows its actions and the «Замечание» chip; a problem shows its message.
      await page.locator('[data-testid="plan-row"][data-kind="item"]').nth(1).getByTestId('plan-cell-title').click()
      await page.getByTestId('annotate-row').waitFor()
      expect(await coveredControls(page, '.review-layout')).toEqual([])

      await page.getByTestId('tab-timeline').click()
      await page.getByTestId('timeline').waitFor()
      await page.getByTestId('timeline-bar').first().waitFor()
      expect(await coveredControls(page, '.review-layout')).toEqual([])

      await page.getByTestId('tab-registry').click()
      await page.getByTestId('registry-tab').waitFor()
      await page.getByTestId('registry-counts').waitFor()
      expect(await coveredControls(page, '.review-layout')).toEqual([])
      await page.context().close()
    }, 120_000)
  }

  test('1366×768: «Сохранено» is in view and uncovered at the end of a 300-item plan', async () => {
    const big = await suite.t.createBoard('Центральный район')
    const plan = connectDoc(suite.t.server.url, big.documents.plan, suite.t.admin.cookie)
    await plan.whenSynced()
    applyImportedPlan(plan.doc, bigPlan(3, 100))
    await plan.whenSaved()
    const page = await openBoard(sizes[0], big.id, 'plan')
    await expect.poll(() => page.locator('[data-testid="plan-row"][data-kind="item"]').count(), { timeout: 20_000 }).toBe(300)
    await page.locator('[data-testid="save-indicator"][data-state="saved"]').waitFor()
    await page.locator('[data-testid="plan-row"]').last().scrollIntoViewIfNeeded()
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(5000)
    const seen = await page.getByTestId('save-indicator').evaluate(indicator => {
      const rect = indicator.getBoundingClientRect()
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)
      return { top: Math.round(rect.top), bottom: Math.round(rect.bottom), uncovered: hit !== null && indicator.contains(hit), text: indicator.textContent }
    })
    expect(seen.top).toBeGreaterThanOrEqual(0)
    expect(seen.bottom).toBeLessThanOrEqual(768)
    expect(seen.uncovered).toBe(true)
    expect(seen.text).toBe('Сохранено')
    await page.context().close()
  }, 120_000)
})
