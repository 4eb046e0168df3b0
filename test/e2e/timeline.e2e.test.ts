import { afterEach, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import type * as Y from 'yjs'
import type { BoardDetails } from '../../shared/api'
import { NodeKind } from '../../shared/plan/planFields'
import { createNode, deleteNode, nodeText, planNodes, replaceText } from '../../shared/plan/planDoc'
import { formatMonthRange } from '../../shared/timing/formatTiming'
import { signInThroughUi } from '../helpers/browser'
import { browserSuite } from '../helpers/browserSuite'
import { ADMIN_PASSWORD } from '../helpers/testServer'
import { closeAllDocs, connectDoc, waitFor } from '../helpers/yClient'

const year = { startYear: 2023 } // startTestServer's boards are 2023-2024

const suite = browserSuite()
afterEach(() => closeAllDocs())

/** Signs in and opens the board's timeline; `today` fixes the browser's clock (Moscow time). */
async function openTimeline (login: string, password: string, boardId: string, today?: string): Promise<Page> {
  const context = await suite.newContext()
  if (today) await context.clock.setFixedTime(new Date(`${today}T12:00:00+03:00`))
  const page = await context.newPage()
  page.setDefaultTimeout(10_000)
  page.on('pageerror', error => console.error(`[${login}] page error: ${error.message}`))
  await signInThroughUi(page, suite.t.server.url, login, password, `#/boards/${boardId}/timeline`)
  await page.getByTestId('timeline').waitFor()
  return page
}

interface Seeded {
  doc: Y.Doc
  whenSaved: () => Promise<void>
  ids: Record<'range' | 'date' | 'monthly' | 'wholeYear' | 'external' | 'unparsed' | 'monitoring', string>
  sections: { training: string; analysis: string }
}

/** Fills the board's plan through a real Yjs client, as another editor would, without the table UI. */
async function seedPlan (board: BoardDetails): Promise<Seeded> {
  const client = connectDoc(suite.t.server.url, board.documents.plan, suite.t.admin.cookie)
  await client.whenSynced()
  const doc = client.doc
  const section = (title: string) => createNode(doc, { kind: NodeKind.section, parentId: null, fields: { title } })
  const item = (parentId: string, title: string, timing: string) =>
    createNode(doc, { kind: NodeKind.item, parentId, fields: { title, timing, audience: 'педагоги ОУ' } })
  const training = section('Повышение квалификации')
  const analysis = section('Аналитическая деятельность')
  const ids = {
    range: item(training, 'Курсы для молодых педагогов', 'октябрь - июнь'),
    date: item(training, 'Установочный семинар', '10.10.2023'),
    monthly: item(training, 'Совещание заместителей', 'ежемесячно'),
    wholeYear: item(training, 'Консультации методистов', 'в течение года'),
    external: item(training, 'Открытые уроки', 'по графику ОУ'),
    unparsed: item(training, 'Круглый стол', 'непонятно что'),
    monitoring: item(analysis, 'Мониторинг результатов', 'март'),
  }
  await client.whenSaved()
  return { doc, whenSaved: () => client.whenSaved(), ids, sections: { training, analysis } }
}

const itemRow = (page: Page, id: string) => page.locator(`[data-testid="timeline-item"][data-node-id="${id}"]`)
const bar = (page: Page, id: string) => itemRow(page, id).getByTestId('timeline-bar')
const barRange = async (page: Page, id: string) => {
  const element = bar(page, id)
  return `${await element.getAttribute('data-start')}…${await element.getAttribute('data-end')}`
}
const timingOf = (doc: Y.Doc, id: string) => nodeText(planNodes(doc).get(id)!, 'timing')!.toString()

async function box (page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox()
  if (!found) throw new Error(`not visible: ${selector}`)
  return found
}

describe('the timeline in real browsers', () => {
  test('each family of «Сроки проведения» is drawn where it says; the rest is listed «Без срока»', async () => {
    const board = await suite.t.createBoard('Петроградский район')
    const { ids, doc, sections } = await seedPlan(board)
    const page = await openTimeline('admin', ADMIN_PASSWORD, board.id, '2024-01-15')

    await expect.poll(() => page.getByTestId('timeline-item').count()).toBe(5)
    expect(await barRange(page, ids.range)).toBe('2023-10…2024-06')
    expect(await bar(page, ids.range).getAttribute('data-draggable')).toBe('true')
    expect(await itemRow(page, ids.date).getByTestId('timeline-dot').getAttribute('data-start')).toBe('2023-10-10')
    expect(await itemRow(page, ids.monthly).getByTestId('timeline-tick').count()).toBe(12)
    expect(await itemRow(page, ids.wholeYear).getByTestId('timeline-band').count()).toBe(1)
    expect(await page.locator('[data-testid="timeline-item"][data-number="2.1"]').getByTestId('timeline-bar').getAttribute('data-start')).toBe('2024-03')

    // Never dropped: the outside schedule and the unread phrase, with their text as written.
    const unscheduled = page.getByTestId('timeline-unscheduled')
    expect(await unscheduled.innerText()).toContain('по графику ОУ')
    expect(await unscheduled.innerText()).toContain('непонятно что')
    expect(await itemRow(page, ids.external).count()).toBe(0)

    // Bars sit under their headers: the October–June bar starts at October's left edge and ends at June's right.
    const barBox = await box(page, `[data-testid="timeline-item"][data-node-id="${ids.range}"] [data-testid="timeline-bar"]`)
    const october = await box(page, '.timeline-head__month[data-month="2023-10"]')
    const june = await box(page, '.timeline-head__month[data-month="2024-06"]')
    expect(Math.abs(barBox.x - october.x)).toBeLessThan(2)
    expect(Math.abs(barBox.x + barBox.width - (june.x + june.width))).toBeLessThan(2)
    // The day dot sits inside October, about a third of the way in.
    const dot = await box(page, `[data-testid="timeline-item"][data-node-id="${ids.date}"] .timeline-dot__mark`)
    const dotCentre = dot.x + dot.width / 2
    expect(dotCentre).toBeGreaterThan(october.x + october.width * 0.25)
    expect(dotCentre).toBeLessThan(october.x + october.width * 0.4)

    // Today (Moscow) is inside the year, so its line is drawn, in January.
    const today = page.getByTestId('timeline-today')
    expect(await today.getAttribute('data-day')).toBe('2024-01-15')
    const january = await box(page, '.timeline-head__month[data-month="2024-01"]')
    const todayBox = await box(page, '[data-testid="timeline-today"]')
    expect(todayBox.x).toBeGreaterThan(january.x)
    expect(todayBox.x).toBeLessThan(january.x + january.width)

    // A recurrence draws as often as it says: twice a year is two ticks, every other month six.
    const tickMonths = (id: string) => itemRow(page, id).getByTestId('timeline-tick')
      .evaluateAll(ticks => ticks.map(tick => tick.getAttribute('data-month')))
    const twice = createNode(doc, { kind: NodeKind.item, parentId: sections.analysis, fields: { title: 'Педсовет', timing: '2 раза в год' } })
    const bimonthly = createNode(doc, { kind: NodeKind.item, parentId: sections.analysis, fields: { title: 'Совет', timing: '1 раз в 2 месяца' } })
    await expect.poll(() => tickMonths(twice)).toEqual(['2023-09', '2024-03'])
    await expect.poll(() => tickMonths(bimonthly)).toEqual(['2023-09', '2023-11', '2024-01', '2024-03', '2024-05', '2024-07'])
    replaceText(doc, twice, 'timing', 'ежеквартально')
    await expect.poll(() => tickMonths(twice)).toEqual(['2023-09', '2023-12', '2024-03', '2024-06'])
    for (const id of [twice, bimonthly]) deleteNode(doc, id)
    await expect.poll(() => page.getByTestId('timeline-item').count()).toBe(5)

    // Month zoom opens on today's month and shows its days; ‹ › page through the year.
    await page.getByTestId('zoom-month').click()
    await expect.poll(() => page.getByTestId('timeline-window').innerText()).toBe('январь 2024')
    expect(await page.locator('.timeline-head__day').count()).toBe(31)
    await page.getByTestId('timeline-prev').click()
    await expect.poll(() => page.getByTestId('timeline-window').innerText()).toBe('декабрь 2023')
    await page.getByTestId('zoom-quarter').click()
    await expect.poll(() => page.getByTestId('timeline-window').innerText()).toBe('декабрь 2023 – февраль 2024')
    expect(await itemRow(page, ids.date).getByTestId('timeline-dot').count()).toBe(0)
    await page.getByTestId('zoom-year').click()
    await itemRow(page, ids.date).getByTestId('timeline-dot').waitFor()
  })

  test('a timing rewritten by another client moves the bar live', async () => {
    const board = await suite.t.createBoard('Центральный район')
    const seeded = await seedPlan(board)
    const page = await openTimeline('admin', ADMIN_PASSWORD, board.id)
    await expect.poll(() => barRange(page, seeded.ids.range)).toBe('2023-10…2024-06')
    // No «today» line: the browser's real today is not in 2023–2024.
    expect(await page.getByTestId('timeline-today').count()).toBe(0)

    replaceText(seeded.doc, seeded.ids.range, 'timing', 'ноябрь - май')
    await expect.poll(() => barRange(page, seeded.ids.range)).toBe('2023-11…2024-05')
    // A timing that becomes unreadable moves the item to «Без срока».
    replaceText(seeded.doc, seeded.ids.monitoring, 'timing', 'когда-нибудь')
    await page.getByTestId('timeline-unscheduled').getByText('когда-нибудь').waitFor()
    await expect.poll(() => itemRow(page, seeded.ids.monitoring).count()).toBe(0)
  })

  test('dragging a bar by a month rewrites the timing for everyone; another editor sees it move', async () => {
    const board = await suite.t.createBoard('Адмиралтейский район')
    const seeded = await seedPlan(board)
    await suite.t.user('petrova', 'Петрова Анна')
    await suite.t.setRole(board.id, 'petrova', 'editor')
    const admin = await openTimeline('admin', ADMIN_PASSWORD, board.id)
    const petrova = await openTimeline('petrova', 'petrova-password', board.id)
    await expect.poll(() => barRange(petrova, seeded.ids.range)).toBe('2023-10…2024-06')

    // Press inside October (clear of the edge handle), release one October-width to the right: November.
    const barSelector = `[data-testid="timeline-item"][data-node-id="${seeded.ids.range}"] [data-testid="timeline-bar"]`
    const october = await box(admin, '.timeline-head__month[data-month="2023-10"]')
    const start = await box(admin, barSelector)
    const y = start.y + start.height / 2
    await admin.mouse.move(start.x + 20, y)
    await admin.mouse.down()
    await admin.mouse.move(start.x + 20 + october.width / 2, y, { steps: 4 })
    await admin.mouse.move(start.x + 20 + october.width, y, { steps: 4 })
    await admin.mouse.up()

    const moved = formatMonthRange('2023-11', '2024-07', year)
    expect(moved).toBe('ноябрь – июль')
    await waitFor(seeded.doc, () => timingOf(seeded.doc, seeded.ids.range) === moved, 5000, 'the dragged timing')
    await expect.poll(() => barRange(admin, seeded.ids.range)).toBe('2023-11…2024-07')
    await expect.poll(() => barRange(petrova, seeded.ids.range)).toBe('2023-11…2024-07')
    // A drag is not a click: the card stays closed.
    expect(await admin.getByTestId('timeline-editor').count()).toBe(0)

    // The right edge resizes: one month further, to August.
    const resized = await box(admin, barSelector)
    const july = await box(admin, '.timeline-head__month[data-month="2024-07"]')
    await admin.mouse.move(resized.x + resized.width - 2, y)
    await admin.mouse.down()
    await admin.mouse.move(resized.x + resized.width - 2 + july.width, y, { steps: 6 })
    await admin.mouse.up()
    await waitFor(seeded.doc, () => timingOf(seeded.doc, seeded.ids.range) === 'ноябрь – август', 5000, 'the resized timing')
    await expect.poll(() => barRange(petrova, seeded.ids.range)).toBe('2023-11…2024-08')

    // Only a plain month range drags: the ticks of «ежемесячно» stay put, and its text too.
    const tick = await box(admin, `[data-testid="timeline-item"][data-node-id="${seeded.ids.monthly}"] [data-testid="timeline-tick"]`)
    await admin.mouse.move(tick.x + 1, tick.y + 2)
    await admin.mouse.down()
    await admin.mouse.move(tick.x + 1 + october.width, tick.y + 2, { steps: 4 })
    await admin.mouse.up()
    expect(timingOf(seeded.doc, seeded.ids.monthly)).toBe('ежемесячно')

    // The keyboard drags too: Alt+← moves the focused item's bar back a month.
    await itemRow(admin, seeded.ids.range).focus()
    await admin.keyboard.press('Alt+ArrowLeft')
    await waitFor(seeded.doc, () => timingOf(seeded.doc, seeded.ids.range) === 'октябрь – июль', 5000, 'the keyboard move')
    await seeded.whenSaved()
  })

  test('the card edits the item live; a viewer sees it read-only and cannot drag', async () => {
    const board = await suite.t.createBoard('Выборгский район')
    const seeded = await seedPlan(board)
    await suite.t.user('school', 'Школа 287')
    await suite.t.setRole(board.id, 'school', 'viewer')
    const admin = await openTimeline('admin', ADMIN_PASSWORD, board.id)

    // Keyboard: one Tab stop, arrows move, Enter opens the card.
    await itemRow(admin, seeded.ids.range).focus()
    await admin.keyboard.press('ArrowDown')
    await expect.poll(() => admin.evaluate(() => document.activeElement?.getAttribute('data-node-id'))).toBe(seeded.ids.date)
    await admin.keyboard.press('Enter')
    const card = admin.getByTestId('timeline-editor')
    await expect.poll(() => card.getAttribute('data-node-id')).toBe(seeded.ids.date)
    await admin.keyboard.press('Escape')
    await expect.poll(() => card.count()).toBe(0)

    // A click opens the card; typing a timing there moves the bar as soon as it reads.
    await itemRow(admin, seeded.ids.range).click()
    await expect.poll(() => card.getAttribute('data-node-id')).toBe(seeded.ids.range)
    const timing = card.getByTestId('timeline-editor-timing')
    await timing.fill('декабрь - март')
    await waitFor(seeded.doc, () => timingOf(seeded.doc, seeded.ids.range) === 'декабрь - март', 5000, 'the typed timing')
    await expect.poll(() => barRange(admin, seeded.ids.range)).toBe('2023-12…2024-03')
    await card.getByTestId('timeline-editor-status').selectOption('done')
    await expect.poll(() => itemRow(admin, seeded.ids.range).getAttribute('data-status')).toBe('done')
    await waitFor(seeded.doc, () => planNodes(seeded.doc).get(seeded.ids.range)?.get('status') === 'done', 5000, 'the status')
    await seeded.whenSaved()

    const viewer = await openTimeline('school', 'school-password', board.id)
    await expect.poll(() => barRange(viewer, seeded.ids.range)).toBe('2023-12…2024-03')
    expect(await bar(viewer, seeded.ids.range).getAttribute('data-draggable')).toBe('false')
    const barBox = await bar(viewer, seeded.ids.range).boundingBox()
    await viewer.mouse.move(barBox!.x + 15, barBox!.y + 5)
    await viewer.mouse.down()
    await viewer.mouse.move(barBox!.x + 215, barBox!.y + 5, { steps: 5 })
    await viewer.mouse.up()
    // The release is a click: the card opens, read-only.
    const viewerCard = viewer.getByTestId('timeline-editor')
    await viewerCard.waitFor()
    expect(await viewerCard.getByTestId('timeline-editor-timing').getAttribute('readonly')).not.toBeNull()
    expect(await viewerCard.getByTestId('timeline-editor-status').isDisabled()).toBe(true)
    expect(await barRange(viewer, seeded.ids.range)).toBe('2023-12…2024-03')
    expect(timingOf(seeded.doc, seeded.ids.range)).toBe('декабрь - март')
  })

  test('the section and text filters hide lanes and items, and «Сбросить» brings them back', async () => {
    const board = await suite.t.createBoard('Калининский район')
    const seeded = await seedPlan(board)
    const page = await openTimeline('admin', ADMIN_PASSWORD, board.id)
    const lanes = page.getByTestId('timeline-lane')
    await expect.poll(() => lanes.count()).toBe(2)
    expect(await page.getByTestId('filter-count').innerText()).toBe('Показано 7 из 7')

    await page.getByTestId('filter-section').selectOption({ label: '2. Аналитическая деятельность' })
    await expect.poll(() => lanes.count()).toBe(1)
    expect(await lanes.first().getAttribute('data-node-id')).toBe(seeded.sections.analysis)
    expect(await page.getByTestId('timeline-item').count()).toBe(1)
    expect(await page.getByTestId('timeline-unscheduled').count()).toBe(0)
    expect(await page.getByTestId('filter-count').innerText()).toBe('Показано 1 из 7')

    await page.getByTestId('filter-reset').click()
    await expect.poll(() => lanes.count()).toBe(2)

    await page.getByTestId('filter-text').fill('семинар')
    await expect.poll(() => page.getByTestId('timeline-item').count()).toBe(1)
    expect(await page.getByTestId('timeline-item').getAttribute('data-node-id')).toBe(seeded.ids.date)
    expect(await lanes.count()).toBe(1)

    // Status: nothing is done yet.
    await page.getByTestId('filter-reset').click()
    await page.getByTestId('filter-status').selectOption('done')
    await expect.poll(() => lanes.count()).toBe(0)
    await page.getByText('Ни один пункт не подходит под фильтры.').waitFor()
    await page.getByTestId('filter-reset').click()
    await expect.poll(() => page.getByTestId('timeline-item').count()).toBe(5)

    // The audience filter offers what the plan holds, read when the field is entered (once, not at every change).
    const audience = page.getByTestId('filter-audience')
    const offered = () => audience.evaluate(input => [...((input as HTMLInputElement).list?.options ?? [])].map(option => option.value))
    expect(await offered()).toEqual([])
    await audience.focus()
    await expect.poll(offered).toEqual(['педагоги ОУ'])
  })
})
