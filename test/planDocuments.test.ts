/**
 * A real plan through the public paths: a Word file (typed numbers, and
 * Word's multi-level auto-numbering) imported by the CLI and by the REST
 * import the UI uses, kept item by item, then exported as DOCX, PDF and ODT
 * through REST and read back cell by cell; the ODT and DOCX open in
 * LibreOffice. Issue 10, items 1–5, 9, 10.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import type { BoardDetails } from '../shared/api'
import type { BoardSettings } from '../shared/board/boardSettings'
import { applyImportedPlan } from '../shared/plan/applyImportedPlan'
import type { ImportedPlan } from '../shared/plan/importedPlan'
import { flattenRows, readPlan, type PlanNode } from '../shared/plan/planSnapshot'
import { docxFootnotes, docxTableRows, odtTableRows, type ReadCell } from '../server/export/testing/tableXml'
import { containsWords, squeeze } from '../server/export/testing/pdfText'
import { expectedPlan, FIXTURE_TITLE, fixtureItems, MERGED_RESULT, planFixtureDocx, SUBHEADING, type FixtureItem } from './fixtures/planFixture'
import { convertToPdf, pdfToTextPages } from './helpers/libreOffice'
import { startTestServer, type TestServer } from './helpers/testServer'
import { closeAllDocs, connectDoc } from './helpers/yClient'

const run = promisify(execFile)
const bin = fileURLToPath(new URL('../bin/planerka.mjs', import.meta.url))
const fields = ['title', 'timing', 'audience', 'expectedResult', 'responsible', 'organisation'] as const

const settings: BoardSettings = {
  organisation: 'ГБУ ДППО ЦПКС «Информационно-методический центр» Петроградского района Санкт-Петербурга',
  city: 'Санкт-Петербург',
  director: { position: 'Директор ГБУ ДППО ЦПКС ИМЦ', name: 'А. В. Смирнова' },
  councilChair: { position: 'Председатель Экспертного совета', name: 'И. И. Иванова' },
  protocol: { number: '3', date: '28.08.2023' },
}

let ts: TestServer
let tmp: string
beforeAll(async () => {
  ts = await startTestServer()
  tmp = await mkdtemp(join(tmpdir(), 'planerka-plan-docs-'))
})
afterAll(async () => {
  closeAllDocs()
  await ts.stop()
  await rm(tmp, { recursive: true, force: true })
})

async function planerka (...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [bin, ...args], { env: { ...process.env, PLANERKA_DATA: ts.dataDir } })
  return stdout
}

async function boardPlan (boardId: string): Promise<{ doc: Y.Doc; done: () => void }> {
  const { body } = await ts.admin.request<BoardDetails>('GET', `/api/boards/${boardId}`)
  const connection = connectDoc(ts.server.url, body.documents.plan, ts.admin.cookie)
  await connection.whenSynced()
  return { doc: connection.doc, done: () => connection.destroy() }
}

async function download (boardId: string, query: string): Promise<Buffer> {
  const response = await fetch(`${ts.server.url}/api/boards/${boardId}/export?${query}`, { headers: { cookie: ts.admin.cookie } })
  if (response.status !== 200) throw new Error(`export ${query}: ${response.status} ${await response.text()}`)
  return Buffer.from(await response.arrayBuffer())
}

/** The expected cell text with footnote markers the way the readers write real notes. */
const withNotes = (item: FixtureItem, text: string): string => item.note ? text.replace(`[${item.note.label}]`, `[^${item.note.text}]`) : text

/** Every row of the board's plan against the fixture: kinds, numbers, source numbers, fields, merges, footnotes. */
function expectSamePlan (rows: PlanNode[], version: 'typed' | 'auto'): { items: number; numbersKept: number } {
  const expected = expectedPlan().flatMap((section) => [{ kind: 'section' as const, number: section.number, title: section.title }, ...section.rows])
  expect(rows.map((row) => row.kind)).toEqual(expected.map((row) => row.kind))
  let numbersKept = 0
  rows.forEach((row, i) => {
    const want = expected[i]
    if (want.kind === 'section') {
      expect([row.number, row.fields.title]).toEqual([want.number, want.title])
      return
    }
    if (want.kind === 'subheading') {
      expect([row.number, row.fields.title]).toEqual(['', want.title])
      return
    }
    expect(row.number).toBe(want.number)
    expect(row.sourceNumber).toBe(version === 'typed' ? want.typed : want.number)
    if (row.sourceNumber === row.number) numbersKept++
    for (const field of fields) expect(row.fields[field], `${want.number} ${field}`).toBe(want[field])
    expect(row.mergedUp ?? [], want.number).toEqual(want.mergedResult ? ['expectedResult'] : [])
    expect(row.footnotes ?? []).toEqual(want.note ? [{ field: 'audience', label: want.note.label, text: want.note.text }] : [])
  })
  return { items: rows.filter((row) => row.kind === 'item').length, numbersKept }
}

/** DOCX rows laid out on the grid's columns, as ODT writes them (a colSpan covers the places to its right). */
function onGrid (rows: ReadCell[][]): ReadCell[][] {
  return rows.map((row) => row.flatMap((cell) => [cell, ...Array.from({ length: cell.colSpan - 1 }, () => ({ text: '', colSpan: 1, merge: 'continue' as const }))]))
}

/** Compares an exported table (DOCX or ODT) with the fixture, cell by cell; returns the number of cells compared. */
function expectSameTable (table: ReadCell[][], format: 'docx' | 'odt'): number {
  const expected = expectedPlan()
  const grid = format === 'odt' ? table : onGrid(table)
  const [header, ...body] = grid
  expect(header.map((cell) => cell.text)).toEqual(['№ п/п', 'Наименование мероприятия', 'Сроки проведения', 'Целевая аудитория', 'Ожидаемый результат', 'Ответственный', 'Организатор'])
  let r = 0
  let cells = 0
  for (const section of expected) {
    expect(body[r][0].text).toBe(`${section.number}. ${section.title}`)
    expect(body[r][0].colSpan).toBe(7)
    r++
    for (const row of section.rows) {
      const cellsOfRow = body[r++]
      if (row.kind === 'subheading') {
        expect(cellsOfRow[0].text).toBe(row.title)
        expect(cellsOfRow[0].colSpan).toBe(7)
        continue
      }
      expect(cellsOfRow.length).toBe(7)
      expect(cellsOfRow[0].text).toBe(row.number)
      fields.forEach((field, c) => {
        const cell = cellsOfRow[c + 1]
        if (field === 'expectedResult' && row.mergedResult) {
          expect(cell.merge, `${row.number} merged`).toBe('continue')
          expect(cell.text).toBe('')
        } else {
          expect(cell.text, `${row.number} ${field}`).toBe(withNotes(row, row[field]))
          if (field === 'expectedResult' && row.number === '4.12') {
            expect(cell.merge).toBe('restart')
            if (format === 'odt') expect(cell.rowSpan).toBe(20)
          }
        }
        cells++
      })
    }
  }
  expect(r).toBe(body.length)
  return cells
}

const figures: Record<string, unknown> = {}
afterAll(() => { console.log('plan documents:', JSON.stringify(figures)) })

describe('a real plan goes Word → Planerka → DOCX/PDF/ODT', () => {
  for (const version of ['typed', 'auto'] as const) {
    test(`${version} numbers: CLI import keeps every item, number, sub-heading, merge and footnote, and every export keeps them`, async () => {
      const file = join(tmp, `plan-${version}.docx`)
      await writeFile(file, await planFixtureDocx(version))
      const out = await planerka('import-plan', file, '--new-board', `Петроградский район ${version}`, '--year', '2023-2024')
      const lines = out.trim().split('\n')
      expect(lines[0]).toBe('Импортировано: разделов 7, пунктов 73')
      // Every numbering difference is reported: the duplicate 2.9 and the gap 3.7 of the typed file.
      const reported = lines.filter((line) => /Номер .* в источнике/.test(line))
      expect(reported).toEqual(version === 'typed'
        ? [expect.stringContaining('Номер 2.9 в источнике, по порядку 2.10'), expect.stringContaining('Номер 3.7 в источнике, по порядку 3.6')]
        : [])
      const boardId = lines.at(-1)!

      const { doc, done } = await boardPlan(boardId)
      const snapshot = readPlan(doc)
      expect(snapshot.title).toBe(FIXTURE_TITLE)
      const kept = expectSamePlan(flattenRows(snapshot), version)
      done()
      expect(kept.items).toBe(73)
      figures[`${version}.items`] = kept.items
      figures[`${version}.sourceNumbersKept`] = kept.numbersKept

      expect((await ts.admin.request('PUT', `/api/boards/${boardId}/settings`, settings)).status).toBe(200)

      // DOCX
      const docx = await download(boardId, 'format=docx&what=plan')
      const zip = await JSZip.loadAsync(docx)
      const documentXml = await zip.file('word/document.xml')!.async('string')
      const notes = docxFootnotes(await zip.file('word/footnotes.xml')!.async('string'))
      figures[`${version}.docxCells`] = expectSameTable(docxTableRows(documentXml, notes), 'docx')
      expect(documentXml.match(/<w:vMerge(?: w:val="continue")?\/>/g)).toHaveLength(19)
      expect(documentXml.match(/<w:footnoteReference /g)).toHaveLength(3)
      for (const words of [settings.organisation, 'УТВЕРЖДАЮ', 'СОГЛАСОВАНО', 'А. В. Смирнова', 'И. И. Иванова', 'Протокол № 3 от 28.08.2023', FIXTURE_TITLE, 'Санкт-Петербург']) {
        expect(documentXml).toContain(words.replace(/«/g, '«'))
      }

      // ODT
      const odt = await download(boardId, 'format=odt&what=plan')
      const odtZip = await JSZip.loadAsync(odt)
      const content = await odtZip.file('content.xml')!.async('string')
      figures[`${version}.odtCells`] = expectSameTable(odtTableRows(content), 'odt')
      expect(content.match(/text:note-class="footnote"/g)).toHaveLength(3)
      expect(content).toContain('УТВЕРЖДАЮ')

      // PDF: every number and title, the merged result printed once, each footnote at the foot of its page.
      const pdf = await download(boardId, 'format=pdf&what=plan')
      const pages = await pdfToTextPages(pdf)
      const all = squeeze(pages.join('\n'))
      figures[`${version}.pdfPages`] = pages.length
      // A title wraps inside its cell, between the other cells' lines: its words are in order, not contiguous.
      for (const item of fixtureItems()) expect(containsWords(pages.join('\n'), `${item.number} ${item.title}`), item.number).toBe(true)
      expect(all).toContain(squeeze(SUBHEADING))
      // The merged result is one cell: printed once (its first line, as the layout keeps it), not 20 times.
      expect(containsWords(pages.join('\n'), MERGED_RESULT)).toBe(true)
      expect(all.split(squeeze(MERGED_RESULT.split(' ').slice(0, 3).join(' '))).length - 1).toBe(1)
      for (const item of fixtureItems().filter((i) => i.note)) {
        const page = pages.find((text) => squeeze(text).includes(squeeze(item.audience.replace(/\[\d+\]$/, ''))))
        expect(page && squeeze(page), item.number).toContain(squeeze(item.note!.text))
      }
      for (const words of ['УТВЕРЖДАЮ', 'СОГЛАСОВАНО', 'А. В. Смирнова', 'Протокол № 3 от 28.08.2023']) expect(all).toContain(squeeze(words))

      // LibreOffice opens both and prints every item title.
      for (const [bytes, name] of [[odt, 'plan.odt'], [docx, 'plan.docx']] as const) {
        const printed = await pdfToTextPages(await convertToPdf(bytes, name))
        figures[`${version}.${name}.libreOfficePages`] = printed.length
        // LibreOffice also breaks a line after the hyphen of «Научно-методическое».
        for (const item of fixtureItems()) expect(containsWords(printed.join('\n'), item.title.replace(/-/g, '- ')), `${name} ${item.number}`).toBe(true)
        for (const item of fixtureItems().filter((i) => i.note)) expect(squeeze(printed.join('\n'))).toContain(squeeze(item.note!.text))
      }
    }, 240_000)
  }

  test('the REST import the UI uses keeps the same plan (Word auto-numbering)', async () => {
    const response = await fetch(`${ts.server.url}/api/import/plan-docx`, { method: 'POST', headers: { cookie: ts.admin.cookie }, body: new Uint8Array(await planFixtureDocx('auto')) })
    expect(response.status).toBe(200)
    const { plan } = await response.json() as { plan: ImportedPlan }
    const board = await ts.createBoard('Петроградский район REST')
    const { body } = await ts.admin.request<BoardDetails>('GET', `/api/boards/${board.id}`)
    const connection = connectDoc(ts.server.url, body.documents.plan, ts.admin.cookie)
    await connection.whenSynced()
    // The board's title is set at creation; the plan's own title is empty until the import sets it.
    expect(applyImportedPlan(connection.doc, plan)).toEqual({ sections: 7, items: 73, subheadings: 1 })
    await connection.whenSaved()
    connection.destroy()
    const { doc, done } = await boardPlan(board.id)
    expect(readPlan(doc).title).toBe(FIXTURE_TITLE)
    expectSamePlan(flattenRows(readPlan(doc)), 'auto')
    done()
  })

  test('columns= chooses the columns; a column nobody asked for is not printed; an unknown one is refused in Russian', async () => {
    const board = await ts.createBoard('Столбцы')
    const narrow = await download(board.id, 'format=odt&what=plan&columns=timing,responsible')
    const header = odtTableRows(await (await JSZip.loadAsync(narrow)).file('content.xml')!.async('string'))[0].map((cell) => cell.text)
    expect(header).toEqual(['№ п/п', 'Наименование мероприятия', 'Сроки проведения', 'Ответственный'])
    const bad = await fetch(`${ts.server.url}/api/boards/${board.id}/export?format=docx&what=plan&columns=budget`, { headers: { cookie: ts.admin.cookie } })
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/Неизвестные столбцы: budget/)
  })

  test('settings: members read them, only the owner writes them, a name written surname first is refused', async () => {
    const board = await ts.createBoard('Реквизиты')
    const editor = await ts.user('editor-settings')
    await ts.setRole(board.id, 'editor-settings', 'editor')
    expect((await editor.request('GET', `/api/boards/${board.id}/settings`)).body).toMatchObject({ organisation: '', city: '' })
    expect((await editor.request('PUT', `/api/boards/${board.id}/settings`, settings)).status).toBe(403)
    const bad = await ts.admin.request<{ error: { message: string } }>('PUT', `/api/boards/${board.id}/settings`, { ...settings, director: { position: 'Директор', name: 'Смирнова Анна' } })
    expect(bad.status).toBe(400)
    expect(bad.body.error.message).toMatch(/И\. О\. Фамилия/)
    expect((await ts.admin.request('PUT', `/api/boards/${board.id}/settings`, settings)).status).toBe(200)
    expect((await editor.request('GET', `/api/boards/${board.id}/settings`)).body).toEqual(settings)
    // The report prints the same head: organisation, both approval blocks, city and year on its title page.
    const reportDocx = await (await JSZip.loadAsync(await download(board.id, 'format=docx&what=report'))).file('word/document.xml')!.async('string')
    const reportPdf = squeeze((await pdfToTextPages(await download(board.id, 'format=pdf&what=report')))[0])
    for (const words of ['УТВЕРЖДАЮ', 'СОГЛАСОВАНО', 'А. В. Смирнова', 'И. И. Иванова', 'Протокол № 3 от 28.08.2023']) {
      expect(reportDocx).toContain(words)
      expect(reportPdf).toContain(squeeze(words))
    }
    expect(reportPdf).toContain(squeeze('Санкт-Петербург 2024'))
    // Carried over to next year's board.
    const next = await ts.admin.request<BoardDetails>('POST', `/api/boards/${board.id}/rollover`)
    expect(next.status).toBe(201)
    expect((await ts.admin.request('GET', `/api/boards/${next.body.id}/settings`)).body).toEqual(settings)
  })
})
