import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, test } from 'vitest'
import { applyImportedPlan } from '../shared/plan/applyImportedPlan'
import { importPlanText } from '../shared/plan/importPlanText'
import { flattenItems, readPlan } from '../shared/plan/planSnapshot'
import { docxPart } from '../server/export/testing/docxParts'
import { pdfPages, squeeze } from '../server/export/testing/pdfText'
import { startTestServer, type TestServer } from './helpers/testServer'
import { closeAllDocs, connectDoc } from './helpers/yClient'

let t: TestServer
afterEach(async () => {
  closeAllDocs()
  await t?.stop()
})

async function download (cookie: string, url: string): Promise<{ status: number; type: string | null; disposition: string | null; bytes: Buffer }> {
  const response = await fetch(url, { headers: { cookie } })
  return { status: response.status, type: response.headers.get('content-type'), disposition: response.headers.get('content-disposition'), bytes: Buffer.from(await response.arrayBuffer()) }
}

describe('documents out of a live board', () => {
  test('members download the plan, report and timeline; the agreed board exports its agreed version', async () => {
    t = await startTestServer()
    const board = await t.createBoard('Петроградский район')
    const viewer = await t.user('school', 'Школа 287')
    await t.setRole(board.id, 'school', 'viewer')
    const conn = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    await conn.whenSynced()
    applyImportedPlan(conn.doc, importPlanText(readFileSync(new URL('./fixtures/plan-2021-2022-petrogradsky.txt', import.meta.url), 'utf8')))
    await conn.whenSaved()
    const items = flattenItems(readPlan(conn.doc))
    const base = `${t.server.url}/api/boards/${board.id}/export`

    const docx = await download(viewer.cookie, `${base}?format=docx&what=plan`)
    expect(docx.status).toBe(200)
    expect(docx.type).toContain('wordprocessingml')
    expect(decodeURIComponent(docx.disposition!.split("UTF-8''")[1])).toBe('План мероприятий 2023-2024 — Петроградский район.docx')
    const xml = await docxPart(docx.bytes, 'word/document.xml')
    for (const item of items) expect(xml).toContain(item.number)
    expect(await docxPart(docx.bytes, 'word/footer1.xml').catch(() => xml)).toMatch(/Черновик/)

    const pdf = await download(viewer.cookie, `${base}?format=pdf&what=plan`)
    expect(pdf.type).toBe('application/pdf')
    const text = squeeze((await pdfPages(pdf.bytes)).map(p => p.text).join(' '))
    expect(text).toContain(squeeze(items[0].fields.title.split(' ').slice(0, 4).join(' ')))

    const report = await download(viewer.cookie, `${base}?format=pdf&what=report`)
    expect(report.status).toBe(200)
    expect(squeeze((await pdfPages(report.bytes)).map(p => p.text).join(' '))).toContain(squeeze('Краткий анализ решения задач'))
    const timeline = await download(viewer.cookie, `${base}?format=pdf&what=timeline`)
    expect(timeline.status).toBe(200)

    // The JSON backup of the board is for its owners.
    expect((await download(viewer.cookie, `${base}?format=json&what=plan`)).status).toBe(403)
    expect((await download(t.admin.cookie, `${base}?format=json&what=plan`)).status).toBe(200)

    // Once agreed, the export is the agreed version and says so.
    expect((await t.admin.request('POST', `/api/boards/${board.id}/review/agree`, {})).status).toBe(200)
    const agreed = await download(viewer.cookie, `${base}?format=docx&what=plan`)
    const allXml = [await docxPart(agreed.bytes, 'word/document.xml'), await docxPart(agreed.bytes, 'word/footer1.xml').catch(() => '')].join('')
    expect(allXml).toMatch(/Согласовано \d\d\.\d\d\.\d{4}/)
  })
})
