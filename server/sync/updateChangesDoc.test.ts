import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { updateChangesDoc } from './updateChangesDoc'

function docWith (text: string): Y.Doc {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, text)
  return doc
}

function replica (source: Y.Doc): Y.Doc {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(source))
  return copy
}

describe('updateChangesDoc', () => {
  test('a replica\'s sync step 2 (same content, with deletions) changes nothing', () => {
    const server = docWith('Планёрка на год')
    server.getText('t').delete(0, 4)
    const client = replica(server)
    const step2 = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server))
    expect(updateChangesDoc(server, step2)).toBe(false)
  })

  test('new text is a change', () => {
    const server = docWith('abc')
    const client = replica(server)
    client.getText('t').insert(3, 'd')
    expect(updateChangesDoc(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)))).toBe(true)
  })

  test('a deletion alone is a change', () => {
    const server = docWith('abcdef')
    const client = replica(server)
    client.getText('t').delete(2, 1)
    expect(updateChangesDoc(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)))).toBe(true)
  })

  test('a deletion that spans beyond what the server deleted is a change', () => {
    const server = docWith('abcdef')
    server.getText('t').delete(1, 1)
    const client = replica(server)
    client.getText('t').delete(0, 3)
    expect(updateChangesDoc(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)))).toBe(true)
  })

  test('an empty update changes nothing', () => {
    expect(updateChangesDoc(docWith('x'), Y.encodeStateAsUpdate(new Y.Doc()))).toBe(false)
  })
})
