import { afterAll, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import type { BoardDetails, BoardSummary } from '../../shared/api'
import type { PlanReadItem } from '../../shared/plan/planReadModel'
import { ApiClient } from '../helpers/api'
import { blockingImpacts, formatViolations, runAxe, type AxeViolation } from '../helpers/axe'
import { signInThroughUi } from '../helpers/browser'
import { browserSuite } from '../helpers/browserSuite'
import { ADMIN_PASSWORD } from '../helpers/testServer'

/**
 * ГОСТ Р 52872-2019 / WCAG 2.1 AA in a real browser: axe-core on every page
 * (the demo board gives each tab real content), a keyboard walk that checks
 * the focus is always visible, the live regions, and the dialogs' focus.
 */
const suite = browserSuite({ demo: true })

/** Per page: serious+critical and all violations (rules / elements), printed at the end. */
const summary: string[] = []
afterAll(() => { if (summary.length > 0) console.log(`axe-core, нарушения по страницам:\n${summary.join('\n')}`) })

let adminPage: Page | null = null
let demo: BoardDetails | null = null

/** The administrator's page, signed in once for the whole file, and the demo board with a remark and a version. */
async function admin (): Promise<{ page: Page; board: BoardDetails }> {
  if (adminPage && demo) return { page: adminPage, board: demo }
  const { t } = suite
  const { body } = await t.admin.request<{ boards: BoardSummary[] }>('GET', '/api/boards')
  const id = body.boards.find(b => b.demo)?.id
  if (!id) throw new Error(`no demo board among ${JSON.stringify(body.boards)}`)
  demo = (await t.admin.request<BoardDetails>('GET', `/api/boards/${id}`)).body
  // A remark from an expert (unread for the administrator) and a named version, so the panel and the dialog show content.
  const expert = await t.user('expert', 'Смирнов Олег')
  await t.setRole(id, 'expert', 'commenter')
  const plan = (await t.admin.request<{ items: PlanReadItem[] }>('GET', `/api/boards/${id}/plan`)).body
  const item = plan.items.find(i => i.kind === 'item')!
  const made = await expert.request('POST', `/api/boards/${id}/annotations`, { anchor: { kind: 'plan', nodeId: item.id, field: 'title' }, quote: item.title, text: 'Уточните целевую аудиторию.' })
  expect(made.status).toBe(201)
  expect((await t.admin.request('POST', `/api/boards/${id}/versions`, { name: 'Черновик к совету' })).status).toBe(201)
  adminPage = await suite.newPage('admin')
  await signInThroughUi(adminPage, t.server.url, 'admin', ADMIN_PASSWORD)
  return { page: adminPage, board: demo }
}

/** A fresh load of the page (not a hash change), so nothing one test opened is still open in the next. */
async function go (page: Page, hash: string): Promise<void> {
  await page.goto('about:blank')
  await page.goto(`${suite.t.server.url}/${hash}`)
}

/** Runs axe, records the counts and fails on serious or critical violations, listing them. */
async function audit (page: Page, label: string): Promise<void> {
  const violations = await runAxe(page)
  const blocking = violations.filter(v => blockingImpacts.includes(v.impact))
  const nodes = (list: AxeViolation[]) => list.reduce((sum, v) => sum + v.targets.length, 0)
  summary.push(`  ${label}: serious+critical ${blocking.length} правил / ${nodes(blocking)} элементов; всего ${violations.length} правил / ${nodes(violations)} элементов`)
  if (violations.length > 0) console.log(`axe-core, ${label}:\n${formatViolations(violations)}`)
  expect(blocking, `axe-core, ${label}:\n${formatViolations(blocking)}`).toEqual([])
}

const boardTabs: { tab: string; ready: string }[] = [
  { tab: 'board', ready: 'live-title' },
  { tab: 'plan', ready: 'plan-row' },
  { tab: 'timeline', ready: 'timeline-bar' },
  { tab: 'report', ready: 'section-editor' },
  { tab: 'registry', ready: 'org-row' },
  { tab: 'members', ready: 'member-row' },
]

describe('axe-core finds no serious or critical violation', () => {
  test('on the sign-in page', async () => {
    const page = await suite.newPage('guest')
    await go(page, '#/login')
    await page.getByTestId('login-input').waitFor()
    await audit(page, 'вход')
  })

  test('on the board list', async () => {
    const { page } = await admin()
    await go(page, '#/')
    await page.getByTestId('board-link').first().waitFor()
    await audit(page, 'список досок')
  })

  for (const { tab, ready } of boardTabs) {
    test(`on the board's tab «${tab}»`, async () => {
      const { page, board } = await admin()
      await go(page, `#/boards/${board.id}/${tab}`)
      await page.getByTestId(ready).first().waitFor()
      await page.locator('[data-testid="save-indicator"][data-state="saved"]').waitFor()
      await audit(page, `доска: ${tab}`)
    })
  }

  test('with the comments panel open', async () => {
    const { page, board } = await admin()
    await go(page, `#/boards/${board.id}/plan`)
    await page.getByTestId('plan-row').first().waitFor()
    await page.getByTestId('annotations-toggle').click()
    await page.getByTestId('annotations-panel').getByTestId('thread').first().waitFor()
    await audit(page, 'панель замечаний (план)')
    await page.getByTestId('annotations-toggle').click()
    await page.getByTestId('annotations-panel').waitFor({ state: 'detached' })
  })

  test('in the versions dialog', async () => {
    const { page, board } = await admin()
    await go(page, `#/boards/${board.id}`)
    await page.getByTestId('versions-open').click()
    await page.getByTestId('version-row').first().waitFor()
    await audit(page, 'версии (диалог)')
    await page.getByTestId('versions-close').click()
  })

  // Menus, dialogs and forms that open on a page: what they add is audited with the page under them.
  const opened: { label: string; tab: string; ready: string; open: (page: Page) => Promise<void>; shown: string }[] = [
    { label: 'меню экспорта', tab: 'plan', ready: 'plan-row', open: p => p.getByTestId('export-menu').click(), shown: 'export-item' },
    { label: 'реквизиты документов', tab: 'board', ready: 'live-title', open: async p => { await p.getByTestId('board-more').locator('summary').click(); await p.getByTestId('board-settings').click() }, shown: 'board-settings-form' },
    { label: 'план: итоги пункта', tab: 'plan', ready: 'plan-row', open: p => p.getByTestId('plan-outcome-toggle').first().click(), shown: 'plan-outcome' },
    { label: 'план: импорт (диалог)', tab: 'plan', ready: 'plan-row', open: p => p.getByTestId('plan-import').click(), shown: 'import-dialog' },
    { label: 'таймлайн: карточка пункта', tab: 'timeline', ready: 'timeline-bar', open: p => p.getByTestId('timeline-bar').first().click(), shown: 'timeline-editor' },
    { label: 'отчёт: импорт (диалог)', tab: 'report', ready: 'section-editor', open: p => p.getByTestId('report-import-open').click(), shown: 'report-import-dialog' },
    { label: 'реестр: импорт (диалог)', tab: 'registry', ready: 'org-row', open: p => p.getByTestId('org-import').click(), shown: 'import-registry-dialog' },
  ]
  for (const { label, tab, ready, open, shown } of opened) {
    test(`with «${label}» open`, async () => {
      const { page, board } = await admin()
      await go(page, `#/boards/${board.id}/${tab}`)
      await page.getByTestId(ready).first().waitFor()
      await open(page)
      await page.getByTestId(shown).first().waitFor()
      await audit(page, label)
    })
  }

  test('on the users page', async () => {
    const { page } = await admin()
    await go(page, '#/users')
    await page.getByTestId('user-row').first().waitFor()
    await audit(page, 'пользователи')
  })

  test('on the profile page', async () => {
    const { page } = await admin()
    await go(page, '#/profile')
    await page.getByTestId('profile-name').waitFor()
    await audit(page, 'профиль')
  })
})

/** What a keyboard user sees on the focused element: the ring drawn by outline or box-shadow, measured in the page. */
interface FocusStop {
  what: string
  /** An outline or box-shadow appears on focus (differs from the element's look before the walk). */
  ring: boolean
  /** Contrast of the ring's colour against the background behind the element (WCAG 1.4.11 asks ≥ 3). */
  contrast: number
}

/**
 * Presses Tab from the top of the page until the focus comes back round (or
 * `limit` stops), and describes every element it stops on. The look of
 * every focusable element is taken before the walk, so a ring that is there
 * anyway (a bordered field) does not count as a focus indicator.
 */
async function tabWalk (page: Page, limit: number): Promise<FocusStop[]> {
  await page.evaluate(() => {
    const ringOf = (el: Element) => {
      const s = getComputedStyle(el)
      return `${s.outlineStyle}|${s.outlineWidth}|${s.outlineColor}|${s.boxShadow}`
    }
    const baseline = new WeakMap<Element, string>()
    ;(document.activeElement as HTMLElement | null)?.blur()
    for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]')) baseline.set(el, ringOf(el))
    ;(window as unknown as { focusBaseline: WeakMap<Element, string> }).focusBaseline = baseline
  })
  const stops: FocusStop[] = []
  let first: string | null = null
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const stop = await page.evaluate((): FocusStop | null => {
      const el = document.activeElement
      if (!el || el === document.body) return null
      const s = getComputedStyle(el)
      const rgba = (text: string): number[] | null => {
        const m = /rgba?\(([^)]+)\)/.exec(text)
        if (!m) return null
        const parts = m[1].split(/[ ,/]+/).filter(Boolean).map(Number)
        return [parts[0], parts[1], parts[2], parts[3] ?? 1]
      }
      const luminance = ([r, g, b]: number[]) => {
        const c = [r, g, b].map(v => { const x = v / 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4 })
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
      }
      let background = [255, 255, 255, 1]
      for (let node: Element | null = el.parentElement; node; node = node.parentElement) {
        const colour = rgba(getComputedStyle(node).backgroundColor)
        if (colour && colour[3] > 0.5) { background = colour; break }
      }
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? rgba(s.outlineColor) : null
      const shadow = s.boxShadow !== 'none' ? rgba(s.boxShadow) : null
      const colour = outline && outline[3] > 0 ? outline : shadow
      const now = `${s.outlineStyle}|${s.outlineWidth}|${s.outlineColor}|${s.boxShadow}`
      const before = (window as unknown as { focusBaseline: WeakMap<Element, string> }).focusBaseline.get(el)
      // A translucent ring is seen blended with what is behind it.
      const seen = colour ? colour.slice(0, 3).map((v, i) => v * colour[3] + background[i] * (1 - colour[3])) : null
      const [l1, l2] = seen ? [luminance(seen), luminance(background)].sort((a, b) => b - a) : [0, 0]
      const label = el.getAttribute('aria-label') ?? el.getAttribute('data-testid') ?? (el.textContent ?? '').trim().slice(0, 30)
      return {
        what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} «${label}»`,
        ring: colour !== null && colour[3] > 0 && before !== now,
        contrast: colour ? Math.round(((l1 + 0.05) / (l2 + 0.05)) * 100) / 100 : 0,
      }
    })
    if (stop === null) continue
    const key = stop.what
    if (first === null) first = key
    else if (key === first) break
    stops.push(stop)
  }
  return stops
}

/**
 * Elements that look clickable (pointer cursor) but that the keyboard cannot
 * reach: neither focusable themselves nor inside or around something that is.
 */
async function clickOnly (page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const focusable = (el: Element) => (el as HTMLElement).tabIndex >= 0 || el.hasAttribute('tabindex') || (el instanceof HTMLLabelElement && el.control !== null)
    const found: string[] = []
    for (const el of document.querySelectorAll('body *')) {
      if (getComputedStyle(el).cursor !== 'pointer' || (el as HTMLElement).offsetParent === null) continue
      if (el.closest('a[href], button, input, select, textarea, summary, label, [tabindex]')) continue
      if (el.querySelector('a[href], button, input, select, textarea, [tabindex]') || focusable(el)) continue
      found.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} «${(el.textContent ?? '').trim().slice(0, 30)}»`)
    }
    return found
  })
}

describe('the keyboard', () => {
  for (const { tab, ready } of boardTabs) {
    test(`reaches every control of the board's tab «${tab}» with Tab, always with a visible focus ring of contrast ≥ 3`, async () => {
      const { page, board } = await admin()
      await go(page, `#/boards/${board.id}/${tab}`)
      await page.getByTestId(ready).first().waitFor()
      const stops = await tabWalk(page, 250)
      expect(stops.length).toBeGreaterThan(5)
      const unseen = stops.filter(stop => !stop.ring || stop.contrast < 3)
      expect(unseen.map(stop => `${stop.what}: ${stop.ring ? `контраст ${stop.contrast}` : 'нет видимого фокуса'}`)).toEqual([])
      expect(await clickOnly(page)).toEqual([])
    })
  }

  test('opens the comments panel from its toggle, walks it with a visible focus, and closing it returns to the toggle', async () => {
    const { page, board } = await admin()
    await go(page, `#/boards/${board.id}/plan`)
    await page.getByTestId('plan-row').first().waitFor()
    await page.getByTestId('annotations-toggle').focus()
    await page.keyboard.press('Enter')
    const panel = page.getByTestId('annotations-panel')
    await panel.getByTestId('thread').first().waitFor()
    const stops = await tabWalk(page, 250)
    expect(stops.filter(stop => !stop.ring || stop.contrast < 3).map(stop => stop.what)).toEqual([])
    expect(await clickOnly(page)).toEqual([])
    await panel.getByRole('button', { name: 'Закрыть панель замечаний' }).focus()
    await page.keyboard.press('Enter')
    await panel.waitFor({ state: 'detached' })
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('annotations-toggle')
  })

  // Each opener is pressed with Enter; the dialog takes the focus, keeps it on Tab, closes on Escape and gives it back.
  const dialogs: { label: string; tab: string; ready: string; opener: string; dialog: string }[] = [
    { label: 'версии', tab: 'board', ready: 'live-title', opener: 'versions-open', dialog: 'versions-dialog' },
    { label: 'импорт плана', tab: 'plan', ready: 'plan-row', opener: 'plan-import', dialog: 'import-dialog' },
    { label: 'импорт отчёта', tab: 'report', ready: 'section-editor', opener: 'report-import-open', dialog: 'report-import-dialog' },
    { label: 'импорт реестра', tab: 'registry', ready: 'org-row', opener: 'org-import', dialog: 'import-registry-dialog' },
  ]
  for (const { label, tab, ready, opener, dialog } of dialogs) {
    test(`the dialog «${label}» keeps the focus inside, closes on Escape and returns the focus to its opener`, async () => {
      const { page, board } = await admin()
      await go(page, `#/boards/${board.id}/${tab}`)
      await page.getByTestId(ready).first().waitFor()
      await page.getByTestId(opener).focus()
      await page.keyboard.press('Enter')
      const box = page.getByTestId(dialog)
      await box.waitFor()
      const inside = () => box.evaluate(el => el.contains(document.activeElement) && document.activeElement !== document.body)
      await expect.poll(inside).toBe(true)
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press('Tab')
        expect(await inside()).toBe(true)
      }
      await page.keyboard.press('Escape')
      await box.waitFor({ state: 'detached' })
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(opener)
    })
  }

  test('the export menu opens with Enter, closes on Escape from inside and gives the focus back to its button', async () => {
    const { page, board } = await admin()
    await go(page, `#/boards/${board.id}/plan`)
    await page.getByTestId('plan-row').first().waitFor()
    await page.getByTestId('export-menu').focus()
    await page.keyboard.press('Enter')
    await page.getByTestId('export-item').first().waitFor()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.closest('.export-menu') !== null)).toBe(true)
    await page.keyboard.press('Escape')
    await page.getByTestId('export-item').first().waitFor({ state: 'detached' })
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-menu')
  })

  test('a timeline item opens its card with Enter, and Escape closes it and returns to the item', async () => {
    const { page, board } = await admin()
    await go(page, `#/boards/${board.id}/timeline`)
    const item = page.getByTestId('timeline-item').first()
    await item.waitFor()
    await item.focus()
    await page.keyboard.press('Enter')
    const card = page.getByTestId('timeline-editor')
    await card.waitFor()
    await expect.poll(() => card.evaluate(el => el.contains(document.activeElement))).toBe(true)
    await page.keyboard.press('Escape')
    await card.waitFor({ state: 'detached' })
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('timeline-item')
  })
})

describe('live regions', () => {
  test('the save state is a polite status on every tab, and a new remark is announced politely with the panel closed', async () => {
    const { page, board } = await admin()
    for (const { tab, ready } of boardTabs) {
      await go(page, `#/boards/${board.id}/${tab}`)
      await page.getByTestId(ready).first().waitFor()
      const save = page.getByTestId('save-indicator')
      expect(await save.getAttribute('role')).toBe('status')
      expect(await save.getAttribute('aria-live')).toBe('polite')
      expect(await save.innerText()).toMatch(/^(Сохранено|Сохранение…|Не сохранено|Нет связи)/)
    }
    const announcer = page.getByTestId('annotations-announcer')
    expect(await announcer.getAttribute('role')).toBe('status')
    expect(await announcer.getAttribute('aria-live')).toBe('polite')
    expect(await page.getByTestId('annotations-panel').count()).toBe(0)

    const expert = new ApiClient(suite.t.server.url)
    await expert.signIn('expert', 'expert-password')
    const plan = (await suite.t.admin.request<{ items: PlanReadItem[] }>('GET', `/api/boards/${board.id}/plan`)).body
    const item = plan.items.filter(i => i.kind === 'item')[1]
    expect((await expert.request('POST', `/api/boards/${board.id}/annotations`, { anchor: { kind: 'plan', nodeId: item.id }, quote: '', text: 'Добавьте ответственного.' })).status).toBe(201)
    await expect.poll(() => announcer.innerText()).toMatch(/Смирнов Олег.*Добавьте ответственного\./s)
  })
})
