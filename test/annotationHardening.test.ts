import { afterEach, describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { createNode } from '../shared/plan/planDoc'
import { NodeKind } from '../shared/plan/planFields'
import { ANNOTATIONS_KEY, type AnnotationThread } from '../shared/review/annotationModel'
import type { DocStore } from '../server/storage/DocStore'
import { startTestServer, type TestServer } from './helpers/testServer'
import { closeAllDocs, connectDoc, waitFor } from './helpers/yClient'

let t: TestServer
afterEach(async () => {
  closeAllDocs()
  await t?.stop()
})

const threads = (doc: Y.Doc) => [...doc.getMap<AnnotationThread>(ANNOTATIONS_KEY).values()]

describe('annotation anchors are validated before anything is written (issue 14, item 2)', () => {
  test('a 20,000-deep nested anchor gets 400, and everything after it still works and is kept through a restart', async () => {
    t = await startTestServer()
    const board = await t.createBoard()
    const expert = await t.user('expert', 'Эксперт')
    await t.setRole(board.id, 'expert', 'commenter')
    const plan = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    await plan.whenSynced()
    const section = createNode(plan.doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Раздел' } })
    await plan.whenSaved()
    const url = `/api/boards/${board.id}/annotations`

    const before = await expert.request<AnnotationThread>('POST', url, { anchor: { kind: 'plan', nodeId: section }, quote: '', text: 'До' })
    expect(before.status).toBe(201)
    const nested = '['.repeat(20_000) + ']'.repeat(20_000)
    const body = `{"anchor":{"kind":"report","sectionId":"s","start":${nested},"end":{}},"quote":"","text":"Бомба"}`
    const bomb = await fetch(t.server.url + url, { method: 'POST', headers: { cookie: expert.cookie, 'content-type': 'application/json' }, body })
    expect(bomb.status).toBe(400)
    const error = await bomb.json() as { error: { code: string; message: string } }
    expect(error.error.code).toBe('validation')
    expect(error.error.message).toMatch(/[а-я]/)
    // Other malformed anchors: unknown keys, a huge id, a field that is not a plan column.
    for (const anchor of [
      { kind: 'plan', nodeId: section, extra: [[[]]] },
      { kind: 'plan', nodeId: 'x'.repeat(10_000) },
      { kind: 'plan', nodeId: section, field: '__proto__' },
      { kind: 'report', sectionId: 's', start: { item: { client: -1, clock: 0 } }, end: {} },
    ]) {
      expect((await expert.request('POST', url, { anchor, quote: '', text: 'Плохая привязка' })).status).toBe(400)
    }

    const watcher = connectDoc(t.server.url, board.documents.annotations, t.admin.cookie)
    await watcher.whenSynced()
    const after = await expert.request<AnnotationThread>('POST', url, { anchor: { kind: 'plan', nodeId: section, field: 'title' }, quote: '', text: 'После' })
    expect(after.status).toBe(201)
    expect((await expert.request('POST', `${url}/${after.body.id}/replies`, { text: 'Ответ' })).status).toBe(201)
    expect((await t.admin.request('POST', `${url}/${before.body.id}/resolve`, { resolution: 'rejected' })).status).toBe(200)
    await waitFor(watcher.doc, () => threads(watcher.doc).length === 2 && threads(watcher.doc).some(th => th.comments.length === 2), 5000, 'the later annotations to arrive live')
    expect((await t.admin.request('POST', `/api/boards/${board.id}/review/agree`, { override: true })).status).toBe(200)
    const exported = await t.admin.request<{ boards: Array<{ documents: Record<string, string> }> }>('GET', `/api/boards/${board.id}/export?format=json&what=plan`)
    expect(exported.status).toBe(200)
    const backupDoc = new Y.Doc()
    Y.applyUpdate(backupDoc, Buffer.from(exported.body.boards[0].documents.annotations, 'base64'))
    expect(threads(backupDoc).map(th => th.comments[0].text).sort()).toEqual(['До', 'После'])

    closeAllDocs()
    await t.restart()
    const reopened = connectDoc(t.server.url, board.documents.annotations, t.admin.cookie)
    await reopened.whenSynced()
    const kept = threads(reopened.doc)
    expect(kept.map(th => th.comments[0].text).sort()).toEqual(['До', 'После'])
    expect(kept.find(th => th.comments[0].text === 'После')!.comments.map(c => c.text)).toEqual(['После', 'Ответ'])
  })
})

describe('a failed store write answers what happened (issue 14, item 7)', () => {
  test('on a full disk the annotation request fails, the annotation is taken back and never stored later', async () => {
    let diskFull = false
    const wrap = (store: DocStore): DocStore => ({
      load: name => store.load(name),
      list: () => store.list(),
      remove: name => store.remove(name),
      save: async (name, state) => {
        if (diskFull) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
        await store.save(name, state)
      },
    })
    t = await startTestServer({ wrapDocStore: wrap })
    const board = await t.createBoard()
    const url = `/api/boards/${board.id}/annotations`
    const anchor = { kind: 'plan', nodeId: 'n1' }
    const watcher = connectDoc(t.server.url, board.documents.annotations, t.admin.cookie)
    await watcher.whenSynced()
    expect((await t.admin.request('POST', url, { anchor, quote: '', text: 'Сохранённое' })).status).toBe(201)

    diskFull = true
    const failed = await t.admin.request<{ error: { code: string; message: string } }>('POST', url, { anchor, quote: '', text: 'Не сохранится' })
    expect(failed.status).toBe(503)
    expect(failed.body.error.code).toBe('not_saved')
    expect(failed.body.error.message).toContain('не сохранено')
    await waitFor(watcher.doc, () => threads(watcher.doc).length === 1, 5000, 'the failed annotation to be taken back')

    diskFull = false
    const later = await t.admin.request<AnnotationThread>('POST', url, { anchor, quote: '', text: 'После места' })
    expect(later.status).toBe(201)
    closeAllDocs()
    await t.restart()
    const reopened = connectDoc(t.server.url, board.documents.annotations, t.admin.cookie)
    await reopened.whenSynced()
    expect(threads(reopened.doc).map(th => th.comments[0].text).sort()).toEqual(['После места', 'Сохранённое'])
  })
})
