import { afterEach, describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { createNode, moveNode, nodeText, planNodes } from '../shared/plan/planDoc'
import { NodeKind } from '../shared/plan/planFields'
import { reportChildren, sectionBody } from '../shared/report/reportDoc'
import type { VersionDiff, VersionInfo } from '../shared/review/versionModel'
import { startTestServer, type TestServer } from './helpers/testServer'
import { closeAllDocs, connectDoc } from './helpers/yClient'

let t: TestServer
afterEach(async () => {
  closeAllDocs()
  await t?.stop()
})

describe('any two versions', () => {
  test('the diff of two older versions lists changed plan fields, moves and report words, each with who made it', async () => {
    t = await startTestServer()
    const board = await t.createBoard()
    const ivanova = await t.user('ivanova', 'Иванова Мария')
    const petrov = await t.user('petrov', 'Петров Иван')
    const sidorova = await t.user('sidorova', 'Сидорова Анна')
    await t.setRole(board.id, 'ivanova', 'editor')
    await t.setRole(board.id, 'petrov', 'editor')
    await t.setRole(board.id, 'sidorova', 'editor')
    const save = async (name: string) => (await ivanova.request<VersionInfo>('POST', `/api/boards/${board.id}/versions`, { name })).body

    const plan = connectDoc(t.server.url, board.documents.plan, ivanova.cookie)
    const report = connectDoc(t.server.url, board.documents.report, ivanova.cookie)
    await Promise.all([plan.whenSynced(), report.whenSynced()])
    const section = createNode(plan.doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Раздел' } })
    const a = createNode(plan.doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Семинар', timing: 'октябрь' } })
    const b = createNode(plan.doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Конференция' } })
    const c = createNode(plan.doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Круглый стол' } })
    const [sectionId, reportSection] = reportChildren(report.doc, null)[0]
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText('Проведено 12 семинаров для педагогов района.')])
    sectionBody(reportSection)!.insert(0, [paragraph])
    await Promise.all([plan.whenSaved(), report.whenSaved()])
    const v1 = await save('Первая')

    // Petrov edits between the first and the second version.
    const plan2 = connectDoc(t.server.url, board.documents.plan, petrov.cookie)
    const report2 = connectDoc(t.server.url, board.documents.report, petrov.cookie)
    await Promise.all([plan2.whenSynced(), report2.whenSynced()])
    const timing = nodeText(planNodes(plan2.doc).get(a)!, 'timing')!
    timing.delete(0, timing.length)
    timing.insert(0, 'ноябрь')
    moveNode(plan2.doc, c, section, 0)
    const words = (sectionBody(reportChildren(report2.doc, null)[0][1])!.get(0) as Y.XmlElement).get(0) as Y.XmlText
    words.delete(words.toString().indexOf('12'), 2)
    words.insert(words.toString().indexOf(' семинаров'), '14')
    await Promise.all([plan2.whenSaved(), report2.whenSaved()])
    // Sidorova renames one item only.
    const plan3 = connectDoc(t.server.url, board.documents.plan, sidorova.cookie)
    await plan3.whenSynced()
    nodeText(planNodes(plan3.doc).get(b)!, 'title')!.insert('Конференция'.length, ' молодых педагогов')
    await plan3.whenSaved()
    const v2 = await save('Вторая')
    createNode(plan.doc, { kind: NodeKind.item, parentId: section, fields: { title: 'После второй' } })
    await plan.whenSaved()
    await save('Третья')

    const { status, body } = await ivanova.request<VersionDiff>('GET', `/api/boards/${board.id}/versions/${v1.id}/diff?to=${v2.id}`)
    expect(status).toBe(200)
    expect(body.from).toMatchObject({ id: v1.id, name: 'Первая' })
    expect(body.to).toMatchObject({ id: v2.id, name: 'Вторая' })
    expect(body.plan.added).toEqual([])
    const changedA = body.plan.changed.find(ch => ch.id === a)!
    expect(changedA.fields).toEqual(expect.arrayContaining([{ field: 'Сроки проведения', before: 'октябрь', after: 'ноябрь' }]))
    expect(body.plan.moved).toMatchObject([{ id: c, title: 'Круглый стол', before: '1.3', after: '1.1' }])
    const changedB = body.plan.changed.find(ch => ch.id === b)!
    expect(changedB.fields).toEqual([{ field: 'Наименование мероприятия', before: 'Конференция', after: 'Конференция молодых педагогов' }])
    const section1 = body.report.find(r => r.sectionId === sectionId)!
    expect(section1.words!.filter(w => w.type === 'removed').map(w => w.text)).toEqual(['12'])
    expect(section1.words!.filter(w => w.type === 'added').map(w => w.text)).toEqual(['14'])
    expect(body.authors!.map(author => author.name)).toEqual(expect.arrayContaining(['Петров Иван', 'Сидорова Анна']))
    // Each change names its own people, with the minute they last changed it (Ivanova's edits of the first
    // version's minute count too: authorship is kept per minute, listed rather than missed).
    const logins = (entry: { by?: Array<{ login: string }> }) => entry.by!.map(person => person.login)
    expect(logins(changedA)).toContain('petrov')
    expect(logins(changedA)).not.toContain('sidorova')
    expect(logins(changedB)).toContain('sidorova')
    expect(logins(changedB)).not.toContain('petrov')
    expect(logins(body.plan.moved![0])).toContain('petrov')
    expect(logins(section1)).toContain('petrov')
    expect(logins(section1)).not.toContain('sidorova')
    const petrovOnA = changedA.by!.find(person => person.login === 'petrov')!
    expect(petrovOnA.name).toBe('Петров Иван')
    expect(Date.parse(v2.createdAt) - Date.parse(petrovOnA.at)).toBeGreaterThanOrEqual(0)
    expect(Date.parse(v2.createdAt) - Date.parse(petrovOnA.at)).toBeLessThan(120_000)
    expect(body.plan.added.map(item => item.title)).not.toContain('После второй')
  })
})
