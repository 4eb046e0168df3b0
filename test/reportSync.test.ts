import { afterEach, describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { parseAcademicYear } from '../shared/academicYear'
import { createNode, nodeText, planNodes, setStatus } from '../shared/plan/planDoc'
import { ItemStatus, NodeKind } from '../shared/plan/planFields'
import { readPlan } from '../shared/plan/planSnapshot'
import { readRegistry } from '../shared/registry/registrySnapshot'
import { GeneratedBlockKind } from '../shared/report/blockKinds'
import { generateBlock } from '../shared/report/generate/generateBlock'
import { reportChildren, sectionBody } from '../shared/report/reportDoc'
import { startTestServer, type TestServer } from './helpers/testServer'
import { closeAllDocs, connectDoc, waitFor } from './helpers/yClient'

let t: TestServer
afterEach(async () => {
  closeAllDocs()
  await t?.stop()
})

const firstBody = (doc: Y.Doc) => sectionBody(reportChildren(doc, null)[0][1])!
// The plain words (XmlText.toString would include formatting tags).
const paragraphText = (doc: Y.Doc) => (((firstBody(doc).get(0) as Y.XmlElement).get(0) as Y.XmlText).toDelta() as Array<{ insert: string }>).map(op => op.insert).join('')

describe('the report, co-written through the real server', () => {
  test('two people typing in the same section converge; a plan change updates the generated block for both', async () => {
    t = await startTestServer()
    const board = await t.createBoard()
    const year = parseAcademicYear(board.year)
    if (!year.ok) throw new Error(year.error)
    const [a, b] = [0, 1].map(() => connectDoc(t.server.url, board.documents.report, t.admin.cookie))
    const [planA, planB] = [0, 1].map(() => connectDoc(t.server.url, board.documents.plan, t.admin.cookie))
    await Promise.all([a, b, planA, planB].map(c => c.whenSynced()))

    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText('В течение года проведено семинаров.')])
    firstBody(a.doc).insert(0, [paragraph])
    await a.whenSaved()
    await waitFor(b.doc, () => firstBody(b.doc).length > 0 && paragraphText(b.doc).length > 0, 5000, 'the paragraph')
    // At once, in the same sentence.
    const textA = (firstBody(a.doc).get(0) as Y.XmlElement).get(0) as Y.XmlText
    const textB = (firstBody(b.doc).get(0) as Y.XmlElement).get(0) as Y.XmlText
    textA.insert('В течение года проведено '.length, '12 ')
    textB.insert(textB.length - 1, ' для педагогов')
    textB.format(0, 'В течение года'.length, { bold: true })
    const expected = 'В течение года проведено 12 семинаров для педагогов.'
    await Promise.all([
      waitFor(a.doc, () => paragraphText(a.doc) === expected, 5000, 'a'),
      waitFor(b.doc, () => paragraphText(b.doc) === expected, 5000, 'b'),
    ])
    expect(textA.toDelta()).toEqual(textB.toDelta())

    // The generated block is computed from the plan wherever it is shown: both sides agree, live.
    const held = (doc: Y.Doc) => generateBlock(GeneratedBlockKind.eventsHeld, {}, { plan: readPlan(doc), registry: readRegistry(doc), year: year.year })
    const section = createNode(planA.doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Научно-методическое сопровождение' } })
    const item = createNode(planA.doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Городской семинар', audience: 'педагоги ОУ' } })
    await planA.whenSaved()
    await waitFor(planB.doc, () => planNodes(planB.doc).has(item), 5000, 'the item')
    expect(held(planB.doc).rows.some(r => r.cells.includes('Городской семинар'))).toBe(false)
    setStatus(planA.doc, item, ItemStatus.done)
    nodeText(planNodes(planA.doc).get(item)!, 'participants')!.insert(0, '25')
    await planA.whenSaved()
    await waitFor(planB.doc, () => held(planB.doc).rows.some(r => r.cells.includes('Городской семинар')), 5000, 'the block on B')
    expect(held(planB.doc)).toEqual(held(planA.doc))
  })
})
