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
    expect(unreadComments(threads, 'viewer', '2024-05-01T12:00:00.000Z')).toBe(2)
  })

  test('without a read mark every comment by others is unread; one\'s own never are', () => {
    expect(unreadComments(threads, 'viewer', null)).toBe(3)
  })

  test('one\'s own reply reads what came before it in that thread, not in others', () => {
    // The editor answered the first remark: only the expert's later one is new to them.
    expect(unreadComments(threads, 'editor', null)).toBe(1)
    // The expert spoke last: nothing in the thread is new to them, whatever their read mark says.
    expect(unreadComments(threads, 'expert', '2024-05-01T12:00:00.000Z')).toBe(0)
    const other = thread([comment('expert', '2024-05-04T10:00:00.000Z')])
    expect(unreadComments([...threads, other], 'expert', null)).toBe(0)
    expect(unreadComments([...threads, other], 'editor', null)).toBe(2)
  })
})
