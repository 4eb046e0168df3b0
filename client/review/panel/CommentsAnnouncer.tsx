import { useEffect, useRef, useState } from 'react'
import type { AnnotationThread } from '../../../shared/review/annotationModel'
import { useBoardConnection } from '../../board/live/BoardConnection'
import { useReview } from '../ReviewProvider'
import { reviewStrings } from '../reviewStrings'

/** A spoken comment is a sentence or two; the rest is in the panel. */
const MAX_SPOKEN = 160

function spoken (text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > MAX_SPOKEN ? `${line.slice(0, MAX_SPOKEN - 1)}…` : line
}

function commentIds (threads: readonly AnnotationThread[]): string[] {
  return threads.flatMap(thread => thread.comments.map(comment => comment.id))
}

/**
 * A polite live region that tells screen-reader users about comments others
 * post while they work, with the panel open or closed. What was there when
 * the annotations document first synced is not news and is not read out
 * (the toggle's unread badge counts it).
 */
export function CommentsAnnouncer () {
  const { annotations } = useBoardConnection()
  const { threads, me } = useReview()
  const [message, setMessage] = useState('')
  // Comment ids already known; null until the first sync says what «already there» is.
  const known = useRef<Set<string> | null>(null)
  const [synced, setSynced] = useState(false)

  useEffect(() => {
    if (!annotations) return
    let live = true
    void annotations.whenSynced().then(() => { if (live) setSynced(true) })
    return () => { live = false }
  }, [annotations])

  useEffect(() => {
    if (!synced) return
    if (known.current === null) {
      known.current = new Set(commentIds(threads))
      return
    }
    const seen = known.current
    const arrived = threads.flatMap(thread => thread.comments
      .map((comment, index) => ({ comment, reply: index > 0 }))
      .filter(({ comment }) => !seen.has(comment.id)))
    for (const { comment } of arrived) seen.add(comment.id)
    const others = arrived.filter(({ comment }) => comment.author !== me)
    if (others.length === 1) {
      const { comment, reply } = others[0]
      const say = reply ? reviewStrings.announce.reply : reviewStrings.announce.remark
      setMessage(say(comment.authorName, spoken(comment.text)))
    } else if (others.length > 1) {
      setMessage(reviewStrings.announce.several(others.length))
    }
  }, [synced, threads, me])

  return <div className="visually-hidden" role="status" aria-live="polite" data-testid="annotations-announcer">{message}</div>
}
