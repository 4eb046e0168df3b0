import { readFile } from 'node:fs/promises'
import JSZip from 'jszip'
import * as Y from 'yjs'
import { afterEach, describe, expect, test } from 'vitest'
import { ErrorCode, type ApiErrorBody } from '../shared/errors'
import { Role } from '../shared/roles'
import { docxPackage, officialHeader, para, table } from '../server/import/testing/handmadeDocx'
import { runImport } from '../server/import/runImport'
import { checkZipBounds, maxZipPartBytes } from '../server/import/zipBounds'
import { reportFixturePath } from './fixtures/report/makeReportFixture'
import type { ApiClient } from './helpers/api'
import { startTestServer, type TestServer } from './helpers/testServer'
import { closeAllDocs, connectDoc, waitFor } from './helpers/yClient'

let ts: TestServer | undefined
afterEach(async () => {
  closeAllDocs()
  await ts?.stop()
  ts = undefined
})

/** A .docx whose document part is `paragraphs` tiny paragraphs, deflated: a few dozen KB that unpack to tens of MB. */
async function bomb (paragraphs: number): Promise<Buffer> {
  const plain = await JSZip.loadAsync(await docxPackage(para('x').repeat(paragraphs)))
  return plain.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } })
}

async function postDocx (client: ApiClient, bytes: Buffer, query = '') {
  const response = await fetch(`${client.baseUrl}/api/import/plan-docx${query}`, { method: 'POST', headers: { cookie: client.cookie, 'content-type': 'application/octet-stream' }, body: new Uint8Array(bytes) })
  return { status: response.status, body: await response.json() as ApiErrorBody & { plan?: { sections: unknown[] } } }
}

const smallPlan = () => docxPackage(table([officialHeader, ['1.', 'Методическое сопровождение', '', '', ''], ['1.1.', 'Семинар', 'октябрь', 'педагоги', 'программа']], 5))

describe('Word import limits (issue 14 item 1)', () => {
  test('the central directory is read before inflating: a part over the bound is refused', async () => {
    const bytes = await bomb(500_000)
    expect(bytes.length).toBeLessThan(200 * 1024)
    const bounds = checkZipBounds(bytes)
    expect(bounds).toMatchObject({ ok: false, reason: 'too_large' })
    expect(checkZipBounds(await smallPlan())).toMatchObject({ ok: true })
    expect(checkZipBounds(Buffer.from('PK\x03\x04 not really a zip'))).toMatchObject({ ok: false, reason: 'not_zip' })
    expect(maxZipPartBytes).toBeGreaterThan(2 * 1024 * 1024)
  })

  test('a reading that takes too long is stopped with a Russian message', async () => {
    await expect(runImport({ kind: 'plan-docx', bytes: await smallPlan() }, { timeoutMs: 1 })).rejects.toMatchObject({ code: ErrorCode.unreadableFile, message: expect.stringContaining('читался дольше') })
    // The limit stops that file only: the next one reads.
    const result = await runImport({ kind: 'plan-docx', bytes: await smallPlan() })
    expect(result.ok && result.plan.sections.length).toBe(1)
  })

  test('zip bombs are refused with 413 while a Yjs client keeps editing another board; viewers may not import', async () => {
    // The probe edits as fast as round trips allow, far above a person's typing: the per-connection
    // update rate limit (tested in syncLimits.test.ts) is raised so that it measures the server, not the limit.
    ts = await startTestServer({ syncLimits: { updatesPerSecond: 100_000, updateBurst: 100_000, userUpdatesPerSecond: 100_000, userUpdateBurst: 100_000 } })
    const imported = await ts.createBoard('Импортный район')
    const other = await ts.createBoard('Другой район')
    const editor = await ts.user('editor')
    const viewer = await ts.user('viewer')
    await ts.setRole(imported.id, 'editor', Role.editor)
    await ts.setRole(imported.id, 'viewer', Role.viewer)

    const viewerTry = await postDocx(viewer, await smallPlan())
    expect(viewerTry.status).toBe(403)
    expect(viewerTry.body.error.message).toContain('владелец и редакторы')
    expect((await postDocx(viewer, await smallPlan(), `?board=${imported.id}`)).status).toBe(403)
    expect((await postDocx(editor, await smallPlan(), `?board=${other.id}`)).status).toBe(403)

    const honest = await postDocx(editor, await bomb(500_000), `?board=${imported.id}`)
    expect(honest.status).toBe(413)
    expect(honest.body.error).toMatchObject({ code: ErrorCode.tooLarge, message: expect.stringContaining('в распакованном виде больше') })

    // Within the directory bound but too much for the parser: the worker hits its memory limit, the server does not.
    const a = connectDoc(ts.server.url, other.documents.plan, ts.admin.cookie)
    const b = connectDoc(ts.server.url, other.documents.plan, ts.admin.cookie)
    await Promise.all([a.whenSynced(), b.whenSynced()])
    let done = false
    const heavy = postDocx(editor, await bomb(400_000), `?board=${imported.id}`).finally(() => { done = true })
    const probe = (doc: Y.Doc) => doc.getText('probe')
    let edits = 0
    while (!done) {
      probe(a.doc).insert(probe(a.doc).length, 'я')
      edits++
      await waitFor(b.doc, () => probe(b.doc).length === edits, 5000, `edit ${edits} on the other board`)
    }
    const refused = await heavy
    // Whichever limit the worker meets first on a busy machine — memory (413) or time (422) — it is refused alone.
    expect([[413, ErrorCode.tooLarge], [422, ErrorCode.unreadableFile]]).toContainEqual([refused.status, refused.body.error.code])
    expect(refused.body.error.message).toMatch(/памяти|дольше/)
    expect(edits).toBeGreaterThan(0)
    expect(probe(b.doc).toString()).toBe('я'.repeat(edits))

    // Everyone else unaffected: health, and a real plan imports right after.
    expect((await ts.admin.request('GET', '/api/health')).status).toBe(200)
    const fine = await postDocx(editor, await smallPlan(), `?board=${imported.id}`)
    expect(fine.status).toBe(200)
    expect(fine.body.plan?.sections).toHaveLength(1)
  }, 120_000)

  test('a report is read under the same limits: a zip bomb sent as a report is refused with 413, a real report still reads', async () => {
    ts = await startTestServer()
    const board = await ts.createBoard('Отчётный район')
    const postReport = async (bytes: Buffer) => {
      const response = await fetch(`${ts!.server.url}/api/boards/${board.id}/import/report-docx?mode=preview`, { method: 'POST', headers: { cookie: ts!.admin.cookie, 'content-type': 'application/octet-stream' }, body: new Uint8Array(bytes) })
      return { status: response.status, body: await response.json() as ApiErrorBody & { preview?: { outline: unknown[] } } }
    }
    const refused = await postReport(await bomb(500_000))
    expect(refused.status).toBe(413)
    expect(refused.body.error).toMatchObject({ code: ErrorCode.tooLarge, message: expect.stringContaining('в распакованном виде больше') })
    // The whole fixture report through the worker is checked heading by heading in reportImport.test.ts.
    const fine = await postReport(await readFile(reportFixturePath))
    expect(fine.status).toBe(200)
    expect(fine.body.preview?.outline.length).toBeGreaterThan(0)
  })
})
