import { useCallback, useEffect, useRef, useState } from 'react'
import type { LiveReview } from '../useLiveReview'
import { formatMoscowDateTime } from '../formatMoscowDateTime'
import { reviewStrings } from '../reviewStrings'

/**
 * «Доска передана на рассмотрение» and the like, for everyone on the board at
 * the moment the state changes (not for the state the page opened in).
 */
export function useReviewNotice (review: LiveReview): { notice: string | null; dismiss: () => void } {
  const [notice, setNotice] = useState<string | null>(null)
  const previous = useRef(review.state)
  useEffect(() => {
    if (previous.current === review.state) return
    previous.current = review.state
    const event = review.history.at(-1)
    const text = reviewStrings.notices[review.state]
    setNotice(event && event.state === review.state ? reviewStrings.notices.by(text, event.byName, formatMoscowDateTime(event.at)) : `${text}.`)
  }, [review])
  const dismiss = useCallback(() => setNotice(null), [])
  return { notice, dismiss }
}
