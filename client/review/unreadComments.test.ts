import { describe, expect, test } from 'vitest'
import type { AnnotationThread } from '../../shared/review/annotationModel'
import { unreadComments } from './unreadComments'

const comment = (author: string, createdAt: string) => ({ id: `${author}${createdAt}`, author, authorName: author, text: 'т', mentions: [], createdAt })
const thread = (comments: ReturnType<typeof comment>[]): AnnotationThread => ({
  id: 'a1', anchor: { kind: 'plan', nodeId: 'n' }, quote: '', comments, resolved: false, createdAt: comments[0].createdAt, author: comments[0].author,
})

describe('unread comments', () => {
  const threads = [thread([comment('expert', '2024-05-01T10:00:00.000Z'), comment('editor', '2024-05-02T10:00:00.000Z'), comment('expert', '2024-05-03T10:00:00.000Z')])]

  test('are the others\' comments after the read mark', () => {
    expect(unreadComments(threads, 'editor', '2024-05-02T12:00:00.000Z')).toBe(1)
    expect(unreadComments(threads, 'expert', '2024-05-01T12:00:00.000Z')).toBe(1)
  })

  test('without a read mark every comment by others is unread; one\'s own never are', () => {
    expect(unreadComments(threads, 'editor', null)).toBe(2)
    expect(unreadComments(threads, 'viewer', null)).toBe(3)
  })
})
