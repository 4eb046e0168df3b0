import { afterEach, describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import WS from 'ws'
import { createNode, nodeText, planNodes } from '../shared/plan/planDoc'
import { NodeKind } from '../shared/plan/planFields'
import { flattenItems, readPlan } from '../shared/plan/planSnapshot'
import { reportChildren, sectionBody } from '../shared/report/reportDoc'
import { ANNOTATIONS_KEY, type AnnotationThread } from '../shared/review/annotationModel'
import { REVIEW_KEY } from '../shared/review/reviewState'
import { resolveTextAnchor, textAnchor } from '../shared/review/resolveAnchor'
import type { VersionInfo } from '../shared/review/versionModel'
import { CloseCode } from '../shared/protocol/closeCodes'
import { MessageType } from '../shared/protocol/messageType'
import type { BoardDetails } from '../shared/api'
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

describe('annotations are server-authoritative', () => {
  test('a commenter\'s annotation appears live on an editor\'s client, with the true author', async () => {
    const { board, expert, editor } = await setup()
    const plan = connectDoc(t.server.url, board.documents.plan, editor.cookie)
    await plan.whenSynced()
    const section = createNode(plan.doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Раздел' } })
    const item = createNode(plan.doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Семинар' } })
    await plan.whenSaved()
    const watcher = connectDoc(t.server.url, board.documents.annotations, editor.cookie)
    await watcher.whenSynced()
    const response = await expert.request<AnnotationThread>('POST', `/api/boards/${board.id}/annotations`, {
      anchor: { kind: 'plan', nodeId: item, field: 'timing' }, quote: '', text: 'Уточните сроки, @editor',
    })
    expect(response.status).toBe(201)
    await waitFor(watcher.doc, () => threads(watcher.doc).length === 1, 5000, 'the thread')
    const [thread] = threads(watcher.doc)
    expect(thread.comments[0]).toMatchObject({ author: 'expert', authorName: 'Эксперт Совета', text: 'Уточните сроки, @editor', mentions: ['editor'] })

    // The editor resolves it; a viewer-like commenter cannot resolve.
    expect((await expert.request('POST', `/api/boards/${board.id}/annotations/${thread.id}/resolve`, {})).status).toBe(403)
    expect((await editor.request('POST', `/api/boards/${board.id}/annotations/${thread.id}/resolve`, { resolution: 'accepted' })).status).toBe(200)
    await waitFor(watcher.doc, () => threads(watcher.doc)[0].resolved, 5000, 'resolved')
    expect(threads(watcher.doc)[0]).toMatchObject({ resolved: true, resolution: 'accepted', resolvedBy: 'editor' })
  })

  test('crafted Yjs updates to the annotations or the content document are refused and change nothing', async () => {
    const { board, expert } = await setup()
    for (const name of [board.documents.annotations, board.documents.plan]) {
      const ws = new WS(`${t.server.url.replace('http', 'ws')}/api/sync/${name}`, { headers: { cookie: expert.cookie } })
      ws.binaryType = 'arraybuffer'
      const closed = new Promise<number>(resolve => ws.on('close', code => resolve(code)))
      await new Promise(resolve => ws.on('open', resolve))
      const forged = new Y.Doc()
      forged.getMap<AnnotationThread>(ANNOTATIONS_KEY).set('forged', { id: 'forged', author: 'admin' } as AnnotationThread)
      forged.getText('title').insert(0, 'ВЗЛОМ')
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, MessageType.sync)
      syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(forged))
      ws.send(encoding.toUint8Array(encoder))
      expect(await closed).toBe(CloseCode.writeRefused)
    }
    const annotations = connectDoc(t.server.url, board.documents.annotations, t.admin.cookie)
    const plan = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    await Promise.all([annotations.whenSynced(), plan.whenSynced()])
    expect(threads(annotations.doc)).toEqual([])
    expect(plan.doc.getText('title').toString()).not.toContain('ВЗЛОМ')
    // Even the owner cannot write annotations through sync: only through the API.
    const closed = nextEvent<{ code: number }>(annotations, 'closed')
    annotations.doc.getMap(ANNOTATIONS_KEY).set('x', { id: 'x' })
    expect((await closed).code).toBe(CloseCode.writeRefused)
  })

  test('a report anchor stays on its words through others\' edits and is marked deleted with its quote when they go', async () => {
    const { board, editor } = await setup()
    const a = connectDoc(t.server.url, board.documents.report, editor.cookie)
    const b = connectDoc(t.server.url, board.documents.report, t.admin.cookie)
    await Promise.all([a.whenSynced(), b.whenSynced()])
    const [sectionId, section] = reportChildren(a.doc, null)[0]
    const paragraph = new Y.XmlElement('paragraph')
    const words = new Y.XmlText('В течение года проведено 12 семинаров для педагогов.')
    paragraph.insert(0, [words])
    sectionBody(section)!.insert(0, [paragraph])
    await a.whenSaved()
    const quote = '12 семинаров'
    const anchor = textAnchor(words, words.toString().indexOf(quote), quote.length)
    expect((await editor.request('POST', `/api/boards/${board.id}/annotations`, { anchor: { kind: 'report', sectionId, ...anchor }, quote, text: 'Источник цифры?' })).status).toBe(201)

    await waitFor(b.doc, () => sectionBody(reportChildren(b.doc, null)[0][1])!.toString().includes('12 семинаров'))
    const otherWords = (sectionBody(reportChildren(b.doc, null)[0][1])!.get(0) as Y.XmlElement).get(0) as Y.XmlText
    otherWords.insert(0, 'Итог: ')
    otherWords.delete(otherWords.toString().indexOf(' для педагогов'), ' для педагогов'.length)
    await b.whenSaved()
    await waitFor(a.doc, () => words.toString() === 'Итог: В течение года проведено 12 семинаров.', 5000, 'edits to arrive')
    const found = resolveTextAnchor(a.doc, anchor.start, anchor.end)
    expect(found.status === 'found' && found.text).toBe('12 семинаров')

    otherWords.delete(otherWords.toString().indexOf('12 семинаров'), '12 семинаров'.length)
    await b.whenSaved()
    await waitFor(a.doc, () => !words.toString().includes('12'), 5000, 'the deletion')
    expect(resolveTextAnchor(a.doc, anchor.start, anchor.end)).toEqual({ status: 'deleted' })
    const watcher = connectDoc(t.server.url, board.documents.annotations, editor.cookie)
    await watcher.whenSynced()
    expect(threads(watcher.doc)[0].quote).toBe('12 семинаров')
  })
})

describe('agreement and versions', () => {
  test('«Согласовано» with open annotations is refused unless the owner overrides; then an editor\'s update is refused', async () => {
    const { board, expert, editor } = await setup()
    const conn = connectDoc(t.server.url, board.documents.plan, editor.cookie)
    await conn.whenSynced()
    expect((await expert.request('POST', `/api/boards/${board.id}/annotations`, { anchor: { kind: 'plan', nodeId: 'x' }, quote: '', text: 'Замечание' })).status).toBe(201)
    expect((await t.admin.request('POST', `/api/boards/${board.id}/review/submit`, {})).status).toBe(200)
    const refused = await t.admin.request<{ error: { message: string } }>('POST', `/api/boards/${board.id}/review/agree`, {})
    expect(refused.status).toBe(409)
    expect(refused.body.error.message).toContain('открытые замечания (1)')
    expect((await editor.request('POST', `/api/boards/${board.id}/review/agree`, { override: true })).status).toBe(403)
    const agreed = await t.admin.request<BoardDetails>('POST', `/api/boards/${board.id}/review/agree`, { override: true })
    expect(agreed.status).toBe(200)
    expect(agreed.body.review.state).toBe('agreed')
    expect(agreed.body.review.history.at(-1)).toMatchObject({ state: 'agreed', by: 'admin', override: true })
    const { body: list } = await t.admin.request<{ versions: VersionInfo[] }>('GET', `/api/boards/${board.id}/versions`)
    expect(list.versions.at(-1)).toMatchObject({ kind: 'agreed', createdBy: 'admin' })

    // The board is read-only for the editor's connection that was already open.
    const closed = nextEvent<{ code: number }>(conn, 'closed')
    conn.doc.getText('title').insert(0, 'После согласования ')
    expect((await closed).code).toBe(CloseCode.writeRefused)
    const check = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    await check.whenSynced()
    expect(check.doc.getText('title').toString()).not.toContain('После согласования')

    // The live review state is mirrored for every client.
    const annotations = connectDoc(t.server.url, board.documents.annotations, editor.cookie)
    await annotations.whenSynced()
    expect(annotations.doc.getMap(REVIEW_KEY).get('state')).toBe('agreed')
    expect((await t.admin.request('POST', `/api/boards/${board.id}/review/reopen`, {})).status).toBe(200)
  })

  test('restoring an old version brings its content back as a new change; the list shows who edited', async () => {
    const { board, editor } = await setup()
    const conn = connectDoc(t.server.url, board.documents.plan, editor.cookie)
    await conn.whenSynced()
    const section = createNode(conn.doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Раздел' } })
    const item = createNode(conn.doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Семинар для ЛОИ' } })
    await conn.whenSaved()
    const saved = await editor.request<VersionInfo>('POST', `/api/boards/${board.id}/versions`, { name: 'Версия для совета 15.05' })
    expect(saved.status).toBe(201)
    expect(saved.body.authors).toContain('editor')

    nodeText(planNodes(conn.doc).get(item)!, 'title')!.insert(0, 'Отменено: ')
    createNode(conn.doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Лишний пункт' } })
    await conn.whenSaved()
    const diff = await editor.request<{ plan: { added: Array<{ title: string }>; changed: Array<{ id: string }> } }>('GET', `/api/boards/${board.id}/versions/${saved.body.id}/diff?to=current`)
    expect(diff.body.plan.added.map(a => a.title)).toEqual(['Лишний пункт'])
    expect(diff.body.plan.changed.map(c => c.id)).toEqual([item])

    const restored = await editor.request<{ savedBefore: VersionInfo }>('POST', `/api/boards/${board.id}/versions/${saved.body.id}/restore`, {})
    expect(restored.status).toBe(200)
    await waitFor(conn.doc, () => flattenItems(readPlan(conn.doc)).map(i => i.fields.title).join('|') === 'Семинар для ЛОИ', 5000, 'the restore to arrive live')
    // Undo the restore by restoring the version saved just before it.
    await editor.request('POST', `/api/boards/${board.id}/versions/${restored.body.savedBefore.id}/restore`, {})
    await waitFor(conn.doc, () => flattenItems(readPlan(conn.doc)).length === 2, 5000, 'the undo')
    const { body } = await editor.request<{ versions: VersionInfo[] }>('GET', `/api/boards/${board.id}/versions`)
    // No automatic version: the board is less than an hour old (the first comes an hour after its creation).
    expect(body.versions.map(v => v.kind)).toEqual(['named', 'restore', 'restore'])
    expect(body.versions[0].authors).toEqual(['editor'])
    expect(body.versions[1].authors).toContain('editor')
  })
})
