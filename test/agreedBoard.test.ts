import { afterEach, describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { createNode, moveNode, nodeText, planNodes, setStatus } from '../shared/plan/planDoc'
import { ItemStatus, NodeKind } from '../shared/plan/planFields'
import type { PlanReadItem } from '../shared/plan/planReadModel'
import { reportChildren, sectionBody } from '../shared/report/reportDoc'
import type { AnnotationThread } from '../shared/review/annotationModel'
import { CloseCode } from '../shared/protocol/closeCodes'
import { startTestServer, type TestServer } from './helpers/testServer'
import { closeAllDocs, connectDoc, nextEvent } from './helpers/yClient'

let t: TestServer
afterEach(async () => {
  closeAllDocs()
  await t?.stop()
})

async function agreedBoard () {
  t = await startTestServer()
  const board = await t.createBoard()
  const expert = await t.user('expert', 'Эксперт Совета')
  const editor = await t.user('editor', 'Методист')
  await t.setRole(board.id, 'expert', 'commenter')
  await t.setRole(board.id, 'editor', 'editor')
  const plan = connectDoc(t.server.url, board.documents.plan, editor.cookie)
  await plan.whenSynced()
  const section = createNode(plan.doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Раздел' } })
  const item = createNode(plan.doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Семинар', timing: 'октябрь' } })
  const other = createNode(plan.doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Конференция', timing: 'март' } })
  await plan.whenSaved()
  const suggestion = await expert.request<AnnotationThread>('POST', `/api/boards/${board.id}/annotations`, {
    anchor: { kind: 'plan', nodeId: item, field: 'title' }, quote: 'Семинар', text: '', suggestion: 'Семинар-практикум',
  })
  expect(suggestion.status).toBe(201)
  expect((await t.admin.request('POST', `/api/boards/${board.id}/review/agree`, { override: true })).status).toBe(200)
  return { board, expert, editor, plan, section, item, other, suggestion: suggestion.body }
}

const readPlanApi = async (boardId: string) => (await t.admin.request<{ items: PlanReadItem[] }>('GET', `/api/boards/${boardId}/plan`)).body.items

describe('an agreed board keeps the Council talking and the fact open', () => {
  test('comments, replies and resolutions stay open; a suggestion can be made but not accepted until reopening', async () => {
    const { board, expert, editor, item, suggestion } = await agreedBoard()
    const comment = await expert.request<AnnotationThread>('POST', `/api/boards/${board.id}/annotations`, { anchor: { kind: 'plan', nodeId: item }, quote: '', text: 'Хорошо бы позвать ЛОИРО' })
    expect(comment.status).toBe(201)
    expect((await editor.request('POST', `/api/boards/${board.id}/annotations/${comment.body.id}/replies`, { text: 'Позовём' })).status).toBe(201)
    expect((await editor.request('POST', `/api/boards/${board.id}/annotations/${comment.body.id}/resolve`, { resolution: 'accepted' })).status).toBe(200)

    const late = await expert.request<AnnotationThread>('POST', `/api/boards/${board.id}/annotations`, {
      anchor: { kind: 'plan', nodeId: item, field: 'timing' }, quote: 'октябрь', text: '', suggestion: 'ноябрь',
    })
    expect(late.status).toBe(201)
    const refused = await editor.request<{ error: { code: string } }>('POST', `/api/boards/${board.id}/annotations/${suggestion.id}/resolve`, { resolution: 'accepted' })
    expect(refused.status).toBe(409)
    expect(refused.body.error.code).toBe('board_agreed')
    expect((await readPlanApi(board.id)).find(i => i.id === item)!.title).toBe('Семинар')

    expect((await t.admin.request('POST', `/api/boards/${board.id}/review/reopen`, {})).status).toBe(200)
    expect((await editor.request('POST', `/api/boards/${board.id}/annotations/${suggestion.id}/resolve`, { resolution: 'accepted' })).status).toBe(200)
    expect((await readPlanApi(board.id)).find(i => i.id === item)!.title).toBe('Семинар-практикум')
  })

  test('an editor\'s open connection sets fact fields and they are kept; a planned column or the structure is refused and applies nothing', async () => {
    const { board, editor, plan, item, other, section } = await agreedBoard()
    // The connection opened before agreement keeps writing the fact.
    const node = planNodes(plan.doc).get(item)!
    setStatus(plan.doc, item, ItemStatus.done)
    nodeText(node, 'actualDate')!.insert(0, '12.10.2023')
    nodeText(node, 'participants')!.insert(0, '45')
    await plan.whenSaved()
    let items = await readPlanApi(board.id)
    expect(items.find(i => i.id === item)).toMatchObject({ status: 'done', actualDate: '12.10.2023', participants: '45', title: 'Семинар' })

    // A planned column over sync: refused, connection closed with the shared code, nothing applied.
    const closed = nextEvent<{ code: number }>(plan, 'closed')
    nodeText(node, 'title')!.insert(0, 'Новый ')
    expect((await closed).code).toBe(CloseCode.writeRefused)
    items = await readPlanApi(board.id)
    expect(items.find(i => i.id === item)!.title).toBe('Семинар')

    // The structure: a move and a new item in one update, from a fresh connection.
    const again = connectDoc(t.server.url, board.documents.plan, editor.cookie)
    await again.whenSynced()
    const closedAgain = nextEvent<{ code: number }>(again, 'closed')
    again.doc.transact(() => {
      nodeText(planNodes(again.doc).get(other)!, 'deviationReason')!.insert(0, 'Перенос')
      moveNode(again.doc, other, section, 0)
      createNode(again.doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Лишнее' } })
    })
    expect((await closedAgain).code).toBe(CloseCode.writeRefused)
    items = await readPlanApi(board.id)
    expect(items.map(i => i.title)).toEqual(['Раздел', 'Семинар', 'Конференция'])
    expect(items.find(i => i.id === other)!.deviationReason).toBe('')

    // The report stays frozen as a whole for the editor.
    const report = connectDoc(t.server.url, board.documents.report, editor.cookie)
    await report.whenSynced()
    const reportClosed = nextEvent<{ code: number }>(report, 'closed')
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText('После согласования')])
    sectionBody(reportChildren(report.doc, null)[0][1])!.insert(0, [paragraph])
    expect((await reportClosed).code).toBe(CloseCode.writeRefused)

    // After a restart the fact is still there.
    await t.restart()
    const fact = (await readPlanApi(board.id)).find(i => i.id === item)!
    expect(fact).toMatchObject({ status: 'done', actualDate: '12.10.2023', participants: '45' })
  })

  test('exporting an agreed plan prints the agreed plan, stamped, from the live plan that carries the fact', async () => {
    const { board, plan, item } = await agreedBoard()
    nodeText(planNodes(plan.doc).get(item)!, 'actualContent')!.insert(0, 'Проведён практикум для 45 педагогов')
    await plan.whenSaved()
    const closed = nextEvent<{ code: number }>(plan, 'closed')
    nodeText(planNodes(plan.doc).get(item)!, 'title')!.insert(0, 'Новый ')
    expect((await closed).code).toBe(CloseCode.writeRefused)
    // The export reads the live plan (agreed planned part + the fact recorded since).
    expect((await readPlanApi(board.id)).find(i => i.id === item)!.actualContent).toBe('Проведён практикум для 45 педагогов')
    const response = await fetch(`${t.server.url}/api/boards/${board.id}/export?format=docx&what=plan`, { headers: { cookie: t.admin.cookie } })
    expect(response.status).toBe(200)
    const { default: JSZip } = await import('jszip')
    const zip = await JSZip.loadAsync(new Uint8Array(await response.arrayBuffer()))
    const xml = await zip.file('word/document.xml')!.async('string')
    const text = xml.replace(/<[^>]+>/g, '')
    expect(text).toContain('1.1Семинароктябрь')
    expect(text).toContain('СОГЛАСОВАНО')
    // The planned part printed is the agreed one: an attempt to change it after agreement never reached the plan.
    expect(text).not.toContain('Новый семинар')
  })
})
