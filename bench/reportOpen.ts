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
import * as Y from 'yjs'
import { createReportSection, reportChildren, reportSections, sectionBody } from '../shared/report/reportDoc'
import { launchBrowser, signInThroughUi } from '../test/helpers/browser'
import { ADMIN_PASSWORD, startTestServer } from '../test/helpers/testServer'
import { closeAllDocs, connectDoc } from '../test/helpers/yClient'

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

const WORDS = ('в течение учебного года методисты ИМЦ провели семинары для руководителей и педагогов ОУ района ' +
  'инновационные площадки представили результаты опытно-экспериментальной работы на районной конференции ' +
  'по итогам мониторинга определены задачи повышения квалификации и сопровождения молодых специалистов').split(' ')

function paragraphText (seed: number, words = 80): string {
  const out: string[] = []
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length])
  const text = out.join(' ')
  return text[0].toUpperCase() + text.slice(1) + '.'
}

const t = await startTestServer({ clientDir: fileURLToPath(new URL('../dist/client', import.meta.url)) })
const { browser, newContext } = await launchBrowser()
try {
  const board = await t.createBoard('Петроградский район')
  const report = connectDoc(t.server.url, board.documents.report, t.admin.cookie)
  await report.whenSynced()
  const doc = report.doc
  // The seeded template has 11 sections; top up with more top-level ones.
  while (reportSections(doc).size < sectionCount) createReportSection(doc, { title: `Приложение ${reportSections(doc).size - 10}` })
  let words = 0
  let lastText = ''
  const ordered: string[] = []
  const visit = (parentId: string | null) => reportChildren(doc, parentId).forEach(([id]) => { ordered.push(id); visit(id) })
  visit(null)
  ordered.forEach((id, sectionIndex) => {
    doc.transact(() => {
      const body = sectionBody(reportSections(doc).get(id)!)!
      const paragraphs: Y.XmlElement[] = []
      for (let p = 0; p < paragraphCount; p++) {
        const element = new Y.XmlElement('paragraph')
        lastText = `Раздел ${sectionIndex + 1}, абзац ${p + 1}. ` + paragraphText(sectionIndex * 100 + p)
        words += lastText.split(' ').length
        element.insert(0, [new Y.XmlText(lastText)])
        paragraphs.push(element)
      }
      body.insert(body.length, paragraphs)
    })
  })
  await report.whenSaved()
  closeAllDocs()
  const lastMarker = `Раздел ${ordered.length}, абзац ${paragraphCount}.`
  console.log(`report: ${ordered.length} sections, ${ordered.length * paragraphCount} paragraphs, ${words} words (≈ ${Math.round(words / 750)} pages)`)

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
