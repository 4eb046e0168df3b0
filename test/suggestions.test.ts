import { afterEach, describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { createNode, nodeText, planNodes } from '../shared/plan/planDoc'
import { NodeKind } from '../shared/plan/planFields'
import { reportChildren, sectionBody } from '../shared/report/reportDoc'
import { ANNOTATIONS_KEY, type AnnotationThread } from '../shared/review/annotationModel'
import { textAnchor } from '../shared/review/resolveAnchor'
import type { VersionDiff, VersionInfo } from '../shared/review/versionModel'
import { CloseCode } from '../shared/protocol/closeCodes'
import type { PlanReadItem } from '../shared/plan/planReadModel'
import { startTestServer, type TestServer } from './helpers/testServer'
import { closeAllDocs, connectDoc, nextEvent, waitFor } from './helpers/yClient'

let t: TestServer
afterEach(async () => {
  closeAllDocs()
  await t?.stop()
})

async function setup () {
  t = await startTestServer()
  const board = await t.createBoard()
  const expert = await t.user('expert', 'Эксперт Совета')
  const editor = await t.user('editor', 'Методист')
  await t.setRole(board.id, 'expert', 'commenter')
  await t.setRole(board.id, 'editor', 'editor')
  return { board, expert, editor }
}

const threads = (doc: Y.Doc) => [...doc.getMap<AnnotationThread>(ANNOTATIONS_KEY).values()]

/** A report section with one paragraph of `text`, typed by the editor; returns the paragraph's Y.XmlText. */
async function reportParagraph (report: ReturnType<typeof connectDoc>, text: string) {
  const [sectionId, section] = reportChildren(report.doc, null)[0]
  const paragraph = new Y.XmlElement('paragraph')
  const words = new Y.XmlText(text)
  paragraph.insert(0, [words])
  sectionBody(section)!.insert(0, [paragraph])
  await report.whenSaved()
  return { sectionId, words }
}

describe('suggestions («Предложить правку»)', () => {
  test('a commenter\'s suggestion on a report passage: accept applies exactly the replacement, attributed to both', async () => {
    const { board, expert, editor } = await setup()
    const report = connectDoc(t.server.url, board.documents.report, editor.cookie)
    await report.whenSynced()
    const { sectionId, words } = await reportParagraph(report, 'В течение года проведено 12 семинаров для педагогов.')
    const quote = '12 семинаров'
    const anchor = textAnchor(words, words.toString().indexOf(quote), quote.length)
    const watcher = connectDoc(t.server.url, board.documents.annotations, editor.cookie)
    await watcher.whenSynced()
    const before = await editor.request<VersionInfo>('POST', `/api/boards/${board.id}/versions`, { name: 'До правки' })

    const created = await expert.request<AnnotationThread>('POST', `/api/boards/${board.id}/annotations`, {
      anchor: { kind: 'report', sectionId, ...anchor }, quote, text: '', suggestion: '14 семинаров',
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ suggestion: '14 семинаров', quote })
    expect(created.body.appliedAt).toBeUndefined()
    await waitFor(watcher.doc, () => threads(watcher.doc).length === 1, 5000, 'the suggestion')
    // Made, not applied: the document is unchanged until someone accepts.
    expect(words.toString()).toBe('В течение года проведено 12 семинаров для педагогов.')
    // A commenter may not accept.
    expect((await expert.request('POST', `/api/boards/${board.id}/annotations/${created.body.id}/resolve`, { resolution: 'accepted' })).status).toBe(403)

    const accepted = await editor.request<AnnotationThread>('POST', `/api/boards/${board.id}/annotations/${created.body.id}/resolve`, { resolution: 'accepted' })
    expect(accepted.status).toBe(200)
    expect(accepted.body).toMatchObject({ resolved: true, resolution: 'accepted', resolvedBy: 'editor' })
    expect(typeof accepted.body.appliedAt).toBe('string')
    await waitFor(report.doc, () => words.toString().includes('14'), 5000, 'the applied suggestion')
    expect(words.toString()).toBe('В течение года проведено 14 семинаров для педагогов.')

    const api = await editor.request<{ title: string; sections: Array<{ id: string; text: string }> }>('GET', `/api/boards/${board.id}/report`)
    expect(api.status).toBe(200)
    expect(api.body.sections.find(s => s.id === sectionId)!.text).toContain('проведено 14 семинаров для педагогов.')

    const version = await editor.request<VersionInfo>('POST', `/api/boards/${board.id}/versions`, { name: 'После правки' })
    expect(version.body.authors).toEqual(expect.arrayContaining(['expert', 'editor']))
    // The change itself names both: the expert never wrote the report, the server applied it for them.
    const diff = await editor.request<VersionDiff>('GET', `/api/boards/${board.id}/versions/${before.body.id}/diff?to=${version.body.id}`)
    const changed = diff.body.report.find(entry => entry.sectionId === sectionId)!
    expect(changed.words!.filter(w => w.type !== 'same').map(w => w.text)).toEqual(['12', '14'])
    expect(changed.by!.map(person => person.login)).toEqual(expect.arrayContaining(['expert', 'editor']))
  })

  test('a suggestion on a plan cell; reject changes nothing, accept after the words changed answers 409 with the current words', async () => {
    const { board, expert, editor } = await setup()
    const plan = connectDoc(t.server.url, board.documents.plan, editor.cookie)
    await plan.whenSynced()
    const section = createNode(plan.doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Раздел' } })
    const item = createNode(plan.doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Семинар', timing: 'октябрь' } })
    await plan.whenSaved()
    const timing = nodeText(planNodes(plan.doc).get(item)!, 'timing')!
    const suggest = (suggestion: string, quote = 'октябрь') => expert.request<AnnotationThread & { error?: { code: string; current?: string } }>('POST', `/api/boards/${board.id}/annotations`, {
      anchor: { kind: 'plan', nodeId: item, field: 'timing' }, quote, text: 'Уточните', suggestion,
    })

    const rejected = await suggest('ноябрь')
    expect(rejected.status).toBe(201)
    expect((await editor.request('POST', `/api/boards/${board.id}/annotations/${rejected.body.id}/resolve`, { resolution: 'rejected' })).status).toBe(200)
    const afterReject = await editor.request<{ items: PlanReadItem[] }>('GET', `/api/boards/${board.id}/plan`)
    expect(afterReject.body.items.find(i => i.id === item)!.timing).toBe('октябрь')

    // The words the proposer saw are no longer there at creation: 409 at once.
    const wrong = await suggest('май', 'сентябрь')
    expect(wrong.status).toBe(409)
    expect(wrong.body.error).toMatchObject({ code: 'stale_suggestion', current: 'октябрь' })

    const stale = await suggest('декабрь')
    expect(stale.status).toBe(201)
    timing.insert(timing.length, ' – ноябрь')
    await plan.whenSaved()
    const conflict = await editor.request<{ error: { code: string; current: string; message: string } }>('POST', `/api/boards/${board.id}/annotations/${stale.body.id}/resolve`, { resolution: 'accepted' })
    expect(conflict.status).toBe(409)
    expect(conflict.body.error).toMatchObject({ code: 'stale_suggestion', current: 'октябрь – ноябрь' })
    expect(timing.toString()).toBe('октябрь – ноябрь')

    const good = await suggest('декабрь', 'октябрь – ноябрь')
    const accepted = await editor.request<AnnotationThread>('POST', `/api/boards/${board.id}/annotations/${good.body.id}/resolve`, { resolution: 'accepted' })
    expect(accepted.status).toBe(200)
    await waitFor(plan.doc, () => timing.toString() === 'декабрь', 5000, 'the applied cell')
    const api = await expert.request<{ items: PlanReadItem[] }>('GET', `/api/boards/${board.id}/plan`)
    expect(api.body.items.find(i => i.id === item)).toMatchObject({ timing: 'декабрь', months: ['2023-12'], kind: 'item', number: '1.1', parentId: section })
  })

  test('a commenter\'s raw sync write is still refused and applies nothing', async () => {
    const { board, expert } = await setup()
    const conn = connectDoc(t.server.url, board.documents.report, expert.cookie)
    await conn.whenSynced()
    const closed = nextEvent<{ code: number }>(conn, 'closed')
    reportChildren(conn.doc, null)[0][1].set('title', new Y.Text('Взлом'))
    expect((await closed).code).toBe(CloseCode.writeRefused)
    const api = await t.admin.request<{ sections: Array<{ title: string }> }>('GET', `/api/boards/${board.id}/report`)
    expect(api.body.sections.map(s => s.title)).not.toContain('Взлом')
  })
})

describe('read API', () => {
  test('viewers read the plan in tree order and the report as plain text', async () => {
    const { board, editor } = await setup()
    const viewer = await t.user('viewer', 'Гость')
    await t.setRole(board.id, 'viewer', 'viewer')
    const plan = connectDoc(t.server.url, board.documents.plan, editor.cookie)
    await plan.whenSynced()
    const s1 = createNode(plan.doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Работа с кадрами' } })
    const sub = createNode(plan.doc, { kind: NodeKind.subheading, parentId: s1, fields: { title: 'Семинары' } })
    const i1 = createNode(plan.doc, { kind: NodeKind.item, parentId: s1, fields: { title: 'Семинар', timing: 'октябрь – декабрь', organisation: 'ГБОУ № 1' } })
    const i2 = createNode(plan.doc, { kind: NodeKind.item, parentId: i1, fields: { title: 'Подготовка' } })
    await plan.whenSaved()
    const { status, body } = await viewer.request<{ items: PlanReadItem[] }>('GET', `/api/boards/${board.id}/plan`)
    expect(status).toBe(200)
    expect(body.items.map(i => [i.id, i.kind, i.number, i.parentId])).toEqual([[s1, 'section', '1', null], [sub, 'subheading', '', s1], [i1, 'item', '1.1', s1], [i2, 'item', '1.1.1', i1]])
    expect(body.items[1]).toMatchObject({ status: null, months: [], title: 'Семинары' })
    expect(body.items[2]).toMatchObject({ status: 'planned', months: ['2023-10', '2023-11', '2023-12'], organisation: 'ГБОУ № 1', actualDate: '' })

    const report = connectDoc(t.server.url, board.documents.report, editor.cookie)
    await report.whenSynced()
    const [sectionId, section] = reportChildren(report.doc, null)[0]
    const body2 = sectionBody(section)!
    const p1 = new Y.XmlElement('paragraph')
    p1.insert(0, [new Y.XmlText('Первый абзац.')])
    const p2 = new Y.XmlElement('paragraph')
    p2.insert(0, [new Y.XmlText('Второй абзац.')])
    const table = new Y.XmlElement('table')
    const row = new Y.XmlElement('tableRow')
    for (const value of ['А', 'Б']) {
      const cell = new Y.XmlElement('tableCell')
      const inner = new Y.XmlElement('paragraph')
      inner.insert(0, [new Y.XmlText(value)])
      cell.insert(0, [inner])
      row.insert(row.length, [cell])
    }
    table.insert(0, [row])
    body2.insert(0, [p1, p2, table])
    await report.whenSaved()
    const read = await viewer.request<{ title: string; sections: Array<{ id: string; number: string; title: string; text: string }> }>('GET', `/api/boards/${board.id}/report`)
    expect(read.status).toBe(200)
    expect(read.body.title).toContain('2023')
    const first = read.body.sections.find(s => s.id === sectionId)!
    expect(first.number).toBe('1')
    // The template's own text and typed table follow what was typed here.
    expect(first.text.startsWith('Первый абзац.\n\nВторой абзац.\n\nА\tБ\n\n')).toBe(true)
    expect(first.text).toContain('Задача\tРезультаты\tПроблемы и перспективы')
    const stranger = await t.user('stranger')
    expect((await stranger.request('GET', `/api/boards/${board.id}/plan`)).status).toBe(404)
  })
})
