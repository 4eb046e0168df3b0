import { describe, expect, test } from 'vitest'
import type { AnnotationThread } from '../../../shared/review/annotationModel'
import { indexRowAnnotations, sameRowAnnotations } from './rowAnnotations'

const thread = (id: string, anchor: AnnotationThread['anchor'], resolved = false): AnnotationThread => ({
  id, anchor, quote: '', resolved, createdAt: id, author: 'expert',
  comments: [{ id: 'c', author: 'expert', authorName: 'Эксперт', text: 'т', mentions: [], createdAt: id }],
})

describe('plan row markers', () => {
  test('count open threads per row and note the annotated cells', () => {
    const index = indexRowAnnotations([
      thread('1', { kind: 'plan', nodeId: 'n1', field: 'timing' }),
      thread('2', { kind: 'plan', nodeId: 'n1' }),
      thread('3', { kind: 'plan', nodeId: 'n1', field: 'audience' }, true),
      thread('4', { kind: 'report', sectionId: 'r', start: {}, end: {} }),
    ])
    expect([...index.keys()]).toEqual(['n1'])
    expect(index.get('n1')).toMatchObject({ count: 2, firstThreadId: '1' })
    expect([...index.get('n1')!.fields]).toEqual(['timing'])
  })

  test('rows compare by what they draw', () => {
    const a = indexRowAnnotations([thread('1', { kind: 'plan', nodeId: 'n1', field: 'timing' })]).get('n1')
    const b = indexRowAnnotations([thread('1', { kind: 'plan', nodeId: 'n1', field: 'timing' })]).get('n1')
    expect(sameRowAnnotations(a, b)).toBe(true)
    expect(sameRowAnnotations(a, undefined)).toBe(false)
  })
})
