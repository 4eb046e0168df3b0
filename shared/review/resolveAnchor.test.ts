import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { resolveTextAnchor, textAnchor } from './resolveAnchor'

function sync (a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
}

describe('report anchors', () => {
  test('stay on the same words when another person inserts before and deletes after', () => {
    const a = new Y.Doc()
    const paragraph = new Y.XmlText('Семинар проведён для руководителей ОУ района в октябре.')
    a.getXmlFragment('body').insert(0, [paragraph])
    const b = new Y.Doc()
    sync(a, b)
    const start = paragraph.toString().indexOf('руководителей ОУ')
    const anchor = textAnchor(paragraph, start, 'руководителей ОУ'.length)
    const other = b.getXmlFragment('body').get(0) as Y.XmlText
    other.insert(0, 'Установочный ')
    other.delete(other.toString().indexOf(' в октябре'), ' в октябре'.length)
    sync(a, b)
    const resolved = resolveTextAnchor(a, anchor.start, anchor.end)
    expect(resolved.status).toBe('found')
    if (resolved.status === 'found') expect(resolved.text).toBe('руководителей ОУ')
    expect(paragraph.toString()).toBe('Установочный Семинар проведён для руководителей ОУ района.')
  })

  test('deleting the words leaves the anchor marked deleted', () => {
    const doc = new Y.Doc()
    const paragraph = new Y.XmlText('Текст с замечанием внутри.')
    doc.getXmlFragment('body').insert(0, [paragraph])
    const anchor = textAnchor(paragraph, 8, 'замечанием'.length)
    paragraph.delete(8, 'замечанием '.length)
    expect(resolveTextAnchor(doc, anchor.start, anchor.end)).toEqual({ status: 'deleted' })
  })
})
