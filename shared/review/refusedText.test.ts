import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { boardTitleText } from '../board/boardDocs'
import { createNode, nodeText, planNodes } from '../plan/planDoc'
import { NodeKind } from '../plan/planFields'
import { planDocLayout } from './docLayouts'
import { refusedTexts } from './refusedText'

describe('refusedTexts', () => {
  test('lists the typed texts the server does not have, with where they were', () => {
    const server = new Y.Doc()
    boardTitleText(server).insert(0, 'Доска')
    const section = createNode(server, { kind: NodeKind.section, parentId: null, fields: { title: 'Раздел' } })
    const item = createNode(server, { kind: NodeKind.item, parentId: section, fields: { title: 'Семинар' } })
    const mine = new Y.Doc()
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(server))
    nodeText(planNodes(mine).get(item)!, 'actualContent')!.insert(0, 'Провели для 40 педагогов')
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText('Новая заметка')])
    mine.getXmlFragment('notes').insert(0, [paragraph])
    expect(refusedTexts(mine, server, planDocLayout)).toEqual([
      { where: 'Заметки команды', text: 'Новая заметка' },
      { where: 'План: «Семинар» — Что проведено фактически', text: 'Провели для 40 педагогов' },
    ])
    expect(refusedTexts(server, server, planDocLayout)).toEqual([])
  })
})
