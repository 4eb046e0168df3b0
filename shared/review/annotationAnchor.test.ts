import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { annotationAnchorSchema } from './annotationAnchor'
import { textAnchor } from './resolveAnchor'

describe('annotation anchors are checked strictly', () => {
  test('what our clients make passes', () => {
    const doc = new Y.Doc()
    const text = doc.getText('t')
    text.insert(0, 'двенадцать семинаров')
    const anchor = { kind: 'report', sectionId: 'r1', ...JSON.parse(JSON.stringify(textAnchor(text, 0, 10))) }
    expect(annotationAnchorSchema.safeParse(anchor).success).toBe(true)
    expect(annotationAnchorSchema.safeParse({ kind: 'plan', nodeId: 'n1', field: 'timing' }).success).toBe(true)
    expect(annotationAnchorSchema.safeParse({ kind: 'report', sectionId: 'r', start: { tname: 'body', assoc: -1 }, end: {} }).success).toBe(true)
  })

  test('deep nesting, unknown keys, huge or odd values are refused with a Russian message', () => {
    let nested: unknown = []
    for (let i = 0; i < 20_000; i++) nested = [nested]
    const refused = [
      { kind: 'report', sectionId: 'r', start: nested, end: {} },
      { kind: 'report', sectionId: 'r', start: { item: { client: 1, clock: 2, extra: [] } }, end: {} },
      { kind: 'report', sectionId: 'r', start: { item: { client: 1.5, clock: 2 } }, end: {} },
      { kind: 'report', sectionId: 'r', start: { assoc: 7 }, end: {} },
      { kind: 'report', sectionId: 'r', start: { tname: 'x'.repeat(1000) }, end: {} },
      { kind: 'plan', nodeId: 'n'.repeat(65) },
      { kind: 'plan', nodeId: 'n', field: 'constructor' },
      { kind: 'plan', nodeId: 'n', payload: {} },
      { kind: 'other' },
    ]
    for (const anchor of refused) {
      const parsed = annotationAnchorSchema.safeParse(anchor)
      expect(parsed.success).toBe(false)
      expect(parsed.error!.issues[0].message).toMatch(/^Неверная привязка замечания/)
    }
  })
})
