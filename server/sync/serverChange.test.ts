import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { applyRevertibly, changeOnCopy, newWriterId } from './serverChange'

/** A live document as the server holds it: loaded from a stored state, its root types never typed by getMap. */
function loaded (): Y.Doc {
  const source = new Y.Doc()
  source.getMap('threads').set('a', { text: 'до' })
  const doc = new Y.Doc()
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source))
  return doc
}

const keys = (doc: Y.Doc) => {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  return [...copy.getMap('threads').keys()].sort()
}

describe('server changes made on a copy and taken back when they cannot be kept', () => {
  test('a change that throws leaves the live document as it was', () => {
    const doc = loaded()
    const before = Y.encodeStateVector(doc)
    expect(() => changeOnCopy(doc, copy => {
      copy.getMap('threads').set('b', { text: 'частично' })
      throw new Error('сбой')
    }, {}, newWriterId())).toThrow('сбой')
    expect(Y.encodeStateVector(doc)).toEqual(before)
    expect(keys(doc)).toEqual(['a'])
  })

  test('reverting one change keeps another made meanwhile, and the server stays one Yjs client', () => {
    const doc = loaded()
    const writer = newWriterId()
    const first = changeOnCopy(doc, copy => copy.getMap('threads').set('b', { text: 'первое' }), {}, writer)!
    const a = applyRevertibly(doc, first, { server: 1 })
    const second = changeOnCopy(doc, copy => copy.getMap('threads').set('c', { text: 'второе' }), {}, writer)!
    const b = applyRevertibly(doc, second, { server: 2 })
    a.revert()
    b.release()
    expect(keys(doc)).toEqual(['a', 'c'])
    expect(changeOnCopy(doc, () => {}, {}, writer)).toBeNull()
    const clients = [...Y.decodeStateVector(Y.encodeStateVector(doc)).keys()]
    expect(clients).toContain(writer)
    // The stored content's author and the one writer: two changes (and a revert) added no client each.
    expect(clients).toHaveLength(2)
  })
})
