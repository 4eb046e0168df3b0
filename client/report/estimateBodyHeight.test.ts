import { expect, test } from 'vitest'
import * as Y from 'yjs'
import { ReportNode } from '../../shared/report/reportDoc'
import { estimateBodyHeight } from './estimateBodyHeight'

test('grows with the text and counts embedded tables as blocks', () => {
  const doc = new Y.Doc()
  const body = doc.getXmlFragment('body')
  const empty = estimateBodyHeight(body)
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText('слово '.repeat(100))])
  body.insert(0, [paragraph])
  const oneParagraph = estimateBodyHeight(body)
  expect(oneParagraph).toBeGreaterThan(empty)
  body.insert(1, [new Y.XmlElement(ReportNode.typedTable)])
  expect(estimateBodyHeight(body)).toBeGreaterThan(oneParagraph + 100)
})
