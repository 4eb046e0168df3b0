/**
 * A full district year on a board, written through real Yjs clients as other
 * editors would: a 300-item plan (3 sections × 100) and a ~60-page report
 * (20 sections × 30 paragraphs of about 80 words ≈ 48,000 words).
 */
import * as Y from 'yjs'
import { applyImportedPlan } from '../shared/plan/applyImportedPlan'
import { createReportSection, reportChildren, reportSections, sectionBody } from '../shared/report/reportDoc'
import type { BoardDetails } from '../shared/api'
import { bigPlan } from '../test/helpers/bigPlan'
import type { TestServer } from '../test/helpers/testServer'
import { connectDoc } from '../test/helpers/yClient'

const WORDS = ('в течение учебного года методисты ИМЦ провели семинары для руководителей и педагогов ОУ района ' +
  'инновационные площадки представили результаты опытно-экспериментальной работы на районной конференции ' +
  'по итогам мониторинга определены задачи повышения квалификации и сопровождения молодых специалистов').split(' ')

function paragraphText (seed: number, words = 80): string {
  const out: string[] = []
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length])
  const text = out.join(' ')
  return text[0].toUpperCase() + text.slice(1) + '.'
}

export interface SeededReport {
  sections: number
  paragraphs: number
  words: number
  /** The start of the last paragraph of the last section («Раздел N, абзац M.»). */
  lastMarker: string
}

/** Fills the board's report: the template's sections topped up to `sectionCount`, each with `paragraphCount` paragraphs. */
export async function seedReport (t: TestServer, board: BoardDetails, sectionCount = 20, paragraphCount = 30): Promise<SeededReport> {
  const report = connectDoc(t.server.url, board.documents.report, t.admin.cookie)
  await report.whenSynced()
  const doc = report.doc
  // The seeded template has 11 sections; top up with more top-level ones.
  while (reportSections(doc).size < sectionCount) createReportSection(doc, { title: `Приложение ${reportSections(doc).size - 10}` })
  let words = 0
  const ordered: string[] = []
  const visit = (parentId: string | null) => reportChildren(doc, parentId).forEach(([id]) => { ordered.push(id); visit(id) })
  visit(null)
  ordered.forEach((id, sectionIndex) => {
    doc.transact(() => {
      const body = sectionBody(reportSections(doc).get(id)!)!
      const paragraphs: Y.XmlElement[] = []
      for (let p = 0; p < paragraphCount; p++) {
        const element = new Y.XmlElement('paragraph')
        const text = `Раздел ${sectionIndex + 1}, абзац ${p + 1}. ` + paragraphText(sectionIndex * 100 + p)
        words += text.split(' ').length
        element.insert(0, [new Y.XmlText(text)])
        paragraphs.push(element)
      }
      body.insert(body.length, paragraphs)
    })
  })
  await report.whenSaved()
  report.destroy()
  return { sections: ordered.length, paragraphs: ordered.length * paragraphCount, words, lastMarker: `Раздел ${ordered.length}, абзац ${paragraphCount}.` }
}

/** Fills the board's plan with 3 sections × 100 items of realistic length. */
export async function seedPlan (t: TestServer, board: BoardDetails): Promise<void> {
  const plan = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
  await plan.whenSynced()
  applyImportedPlan(plan.doc, bigPlan(3, 100))
  await plan.whenSaved()
  plan.destroy()
}
