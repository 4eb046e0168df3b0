import type { AnnotationThread } from '../../shared/review/annotationModel'

/**
 * Comments by others newer than the reader's read mark (all of them when the
 * reader has never opened the panel) and newer than the reader's own last
 * comment in the same thread: whoever replied has read what came before.
 * Server times on both sides, so the browser's clock plays no part.
 */
export function unreadComments (threads: readonly AnnotationThread[], me: string, lastReadAt: string | null): number {
  let count = 0
  for (const thread of threads) count += unreadInThread(thread, me, lastReadAt)
  return count
}

export function unreadInThread (thread: AnnotationThread, me: string, lastReadAt: string | null): number {
  let since = lastReadAt
  for (const comment of thread.comments) {
    if (comment.author === me && (since === null || comment.createdAt > since)) since = comment.createdAt
  }
  return thread.comments.filter(comment => comment.author !== me && (since === null || comment.createdAt > since)).length
}
