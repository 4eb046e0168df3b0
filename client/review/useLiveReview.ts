import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { REVIEW_KEY, ReviewState, type ReviewEvent } from '../../shared/review/reviewState'

export interface LiveReview {
  state: ReviewState
  history: ReviewEvent[]
}

function isReviewState (value: unknown): value is ReviewState {
  return typeof value === 'string' && (Object.values(ReviewState) as string[]).includes(value)
}

/**
 * Where the board is in the review, live: the server mirrors the state and its
 * history into the annotations document, so an owner's «Согласовать» reaches
 * every open page at once. Until that document has arrived (or while the
 * server has not written it yet) the board's REST details stand in.
 */
export function useLiveReview (doc: Y.Doc | null, initial: LiveReview): LiveReview {
  const [live, setLive] = useState<LiveReview | null>(null)
  useEffect(() => {
    setLive(null)
    if (!doc) return
    const map = doc.getMap<unknown>(REVIEW_KEY)
    const read = () => {
      const state = map.get('state')
      const history = map.get('history')
      if (!isReviewState(state)) return
      setLive({ state, history: Array.isArray(history) ? history as ReviewEvent[] : [] })
    }
    read()
    map.observe(read)
    return () => map.unobserve(read)
  }, [doc])
  return live ?? initial
}
