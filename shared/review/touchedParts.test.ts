import * as Y from 'yjs'
import { describe, expect, test } from 'vitest'
import { createNode, deleteNode, moveNode, planTitleText, replaceText } from '../plan/planDoc'
import { NodeKind } from '../plan/planFields'
import { createReportSection, reportSections, sectionBody } from '../report/reportDoc'
import { isAttributedPart, planPart, reportSectionPart } from './partNames'
import { touchedParts } from './touchedParts'

/** The parts the next transaction on `doc` changes, seen from a second document that receives it as an update (as the server does). */
function partsOf (doc: Y.Doc, change: () => void): string[] {
  const server = new Y.Doc()
  Y.applyUpdate(server, Y.encodeStateAsUpdate(doc))
  const before = Y.encodeStateVector(doc)
  change()
  let seen: string[] = []
  server.on('afterTransaction', (tr: Y.Transaction) => { seen = touchedParts(tr) })
  Y.applyUpdate(server, Y.encodeStateAsUpdate(doc, before))
  return seen
}

describe('touchedParts', () => {
  test('names the plan item whose field was edited, on a document whose roots the receiver never typed', () => {
    const doc = new Y.Doc()
    const section = createNode(doc, { kind: NodeKind.section, parentId: null, fields: { title: 'Раздел' } })
    const a = createNode(doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Семинар' } })
    const b = createNode(doc, { kind: NodeKind.item, parentId: section, fields: { title: 'Конкурс' } })
    expect(partsOf(doc, () => replaceText(doc, a, 'title', 'Семинар для молодых педагогов'))).toEqual([planPart(a)])
    expect(partsOf(doc, () => moveNode(doc, b, section, 0))).toEqual([planPart(b)])
    expect(partsOf(doc, () => deleteNode(doc, a))).toEqual([planPart(a)])
    expect(partsOf(doc, () => planTitleText(doc).insert(0, 'План'))).toEqual(['planTitle'])
  })

  test('names a new item and every report section edited in one transaction', () => {
    const plan = new Y.Doc()
    let id = ''
    expect(partsOf(plan, () => { id = createNode(plan, { kind: NodeKind.item, parentId: null, fields: { title: 'Новое' } }) })).toEqual([planPart(id)])

    const report = new Y.Doc()
    const one = createReportSection(report, { title: 'Введение' })
    const two = createReportSection(report, { title: 'Итоги' })
    const parts = partsOf(report, () => report.transact(() => {
      const body = sectionBody(reportSections(report).get(one)!)!
      const paragraph = new Y.XmlElement('paragraph')
      paragraph.insert(0, [new Y.XmlText('Новый абзац')])
      body.insert(0, [paragraph])
      reportSections(report).get(two)!.set('order', 'zz')
    }))
    expect(parts).toEqual([reportSectionPart(one), reportSectionPart(two)].sort())
  })

  test('authorship keeps plan items and report sections, not other records', () => {
    expect(isAttributedPart(planPart('n1'))).toBe(true)
    expect(isAttributedPart(reportSectionPart('s1'))).toBe(true)
    expect(isAttributedPart('planTitle')).toBe(false)
    expect(isAttributedPart('bench/w1:17')).toBe(false)
    expect(isAttributedPart('planNodesExtra/n1')).toBe(false)
  })
})
