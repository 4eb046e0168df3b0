import { describe, expect, test } from 'vitest'
import type { AnnotationThread } from '../../shared/review/annotationModel'
import { buildAnchorIndex } from './anchorIndex'
import { anchorLabel, anchorSectionKey } from './anchorLabel'
import { filterThreads } from './threadFilter'
import type { PlanNode } from '../../shared/plan/planSnapshot'

const node = (id: string, number: string, title: string, children: PlanNode[] = []): PlanNode => ({
  id, kind: children.length || !number.includes('.') ? 'section' : 'item', number, depth: number.split('.').length - 1, parentId: null,
  fields: { title } as PlanNode['fields'], status: 'planned', children,
})
const plan = { sections: [node('s1', '1', 'Нормативное обеспечение'), node('s2', '2', 'Методическое сопровождение', [node('i23', '2.3', 'Семинар')])], orphans: [] }
const report = [
  { id: 'r3', number: '3', parentId: null, title: 'Методическое сопровождение' },
  { id: 'r32', number: '3.2', parentId: 'r3', title: 'Инновационная инфраструктура' },
]
const thread = (id: string, anchor: AnnotationThread['anchor'], extra: Partial<AnnotationThread> = {}): AnnotationThread => ({
  id, anchor, quote: '', resolved: false, createdAt: '2024-05-01T10:00:00.000Z', author: 'expert',
  comments: [{ id: 'c', author: 'expert', authorName: 'Эксперт', text: 'т', mentions: [], createdAt: '2024-05-01T10:00:00.000Z' }],
  ...extra,
})

describe('thread labels and filters', () => {
  const index = buildAnchorIndex(plan, report)

  test('labels name the place as it is numbered now', () => {
    expect(anchorLabel({ kind: 'plan', nodeId: 'i23', field: 'timing' }, '', index)).toBe('План 2.3 · Сроки проведения')
    expect(anchorLabel({ kind: 'plan', nodeId: 'gone' }, '', index)).toBe('План: пункт удалён')
    const long = 'В течение года проведено двенадцать семинаров для руководителей и педагогов образовательных учреждений района'
    expect(anchorLabel({ kind: 'report', sectionId: 'r32', start: {}, end: {} }, long, index))
      .toMatch(/^Отчёт 3\.2: “В течение года .*…”$/)
  })

  test('filter by status, «мои» and section', () => {
    const threads = [
      thread('open-plan', { kind: 'plan', nodeId: 'i23' }),
      thread('done-report', { kind: 'report', sectionId: 'r32', start: {}, end: {} }, { resolved: true }),
      thread('mentioned', { kind: 'plan', nodeId: 's1' }, { comments: [{ id: 'c', author: 'expert', authorName: 'Э', text: '@petrova', mentions: ['petrova'], createdAt: '2024-05-01T10:00:00.000Z' }] }),
    ]
    const sectionOf = (t: AnnotationThread) => anchorSectionKey(t.anchor, index)
    expect(filterThreads(threads, { status: 'open', mine: false, section: null }, 'petrova', sectionOf).map(t => t.id)).toEqual(['open-plan', 'mentioned'])
    expect(filterThreads(threads, { status: 'resolved', mine: false, section: null }, 'petrova', sectionOf).map(t => t.id)).toEqual(['done-report'])
    expect(filterThreads(threads, { status: 'all', mine: true, section: null }, 'petrova', sectionOf).map(t => t.id)).toEqual(['mentioned'])
    expect(filterThreads(threads, { status: 'all', mine: false, section: 'report:r3' }, 'petrova', sectionOf).map(t => t.id)).toEqual(['done-report'])
    expect(index.sections.map(s => s.label)).toEqual(['План 1. Нормативное обеспечение', 'План 2. Методическое сопровождение', 'Отчёт 3. Методическое сопровождение'])
  })
})
