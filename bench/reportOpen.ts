/**
 * How long a 60-page report takes to open in the browser. Fills a board's
 * report with `--sections` sections of `--paragraphs` paragraphs of about 80
 * words (20 × 30 ≈ 48 000 words ≈ 60 pages) through a real Yjs client, then,
 * in Chromium, measures from a click on the «Отчёт» tab (and from a cold page
 * load of the tab's address) until the outline and the first section's text
 * are visible, and until the last section's text is visible after jumping to
 * it from the outline. Needs the built client (`npx vite build`).
 *
 *   node --import tsx bench/reportOpen.ts --runs 3
 */
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { launchBrowser, signInThroughUi } from '../test/helpers/browser'
import { ADMIN_PASSWORD, startTestServer } from '../test/helpers/testServer'
import { seedReport } from './fullYearBoard'

const { values } = parseArgs({
  options: {
    sections: { type: 'string', default: '20' },
    paragraphs: { type: 'string', default: '30' },
    runs: { type: 'string', default: '3' },
  },
})
const sectionCount = Number(values.sections)
const paragraphCount = Number(values.paragraphs)
const runs = Number(values.runs)

const t = await startTestServer({ clientDir: fileURLToPath(new URL('../dist/client', import.meta.url)) })
const { browser, newContext } = await launchBrowser()
try {
  const board = await t.createBoard('Петроградский район')
  const seeded = await seedReport(t, board, sectionCount, paragraphCount)
  const lastMarker = seeded.lastMarker
  console.log(`report: ${seeded.sections} sections, ${seeded.paragraphs} paragraphs, ${seeded.words} words (≈ ${Math.round(seeded.words / 750)} pages)`)

  const page = await (await newContext()).newPage()
  page.setDefaultTimeout(30_000)
  await signInThroughUi(page, t.server.url, 'admin', ADMIN_PASSWORD, `#/boards/${board.id}`)

  const measure = async (open: () => Promise<unknown>) => {
    const start = Date.now()
    await open()
    await page.getByTestId('report-outline').waitFor()
    const outline = Date.now() - start
    await page.locator('[data-testid="report-section"][data-number="1"] [data-testid="section-editor"]').getByText('Раздел 1, абзац 1.', { exact: false }).waitFor()
    const first = Date.now() - start
    const mounted = await page.getByTestId('section-editor').count()
    const jump = Date.now()
    await page.getByTestId('outline-item').last().click()
    await page.getByTestId('section-editor').getByText(lastMarker, { exact: false }).waitFor({ state: 'visible' })
    const last = Date.now() - start
    return { outline, first, last, jumpToLast: Date.now() - jump, editorsMountedAtOpen: mounted }
  }

  for (let run = 1; run <= runs; run++) {
    // A warm page (the board tab open, signed in): click the «Отчёт» tab.
    await page.goto(`${t.server.url}/#/boards/${board.id}`)
    await page.getByTestId('notes-editor').waitFor()
    const tab = await measure(() => page.locator('#board-tab-report').click())
    // A cold load of the tab's address.
    await page.goto('about:blank')
    const cold = await measure(() => page.goto(`${t.server.url}/#/boards/${board.id}/report`))
    console.log(`run ${run}: tab click → outline ${tab.outline} ms, first section ${tab.first} ms, last section ${tab.last} ms (jump ${tab.jumpToLast} ms, ${tab.editorsMountedAtOpen} editors at open)`)
    console.log(`run ${run}: cold load  → outline ${cold.outline} ms, first section ${cold.first} ms, last section ${cold.last} ms (jump ${cold.jumpToLast} ms, ${cold.editorsMountedAtOpen} editors at open)`)
  }
} finally {
  await browser.close()
  await t.stop()
}
