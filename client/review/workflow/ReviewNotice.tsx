import { useReview } from '../ReviewProvider'
import { reviewStrings } from '../reviewStrings'

/** «Доска передана на рассмотрение (Иванова, 14:32)»: shown to everyone when the state changes, until dismissed. */
export function ReviewNotice () {
  const { notice, dismissNotice } = useReview()
  if (!notice) return null
  return (
    <p className="notice notice--info review-notice" role="status" data-testid="review-notice">
      {notice}
      <button type="button" className="button button--link review-notice__dismiss" onClick={dismissNotice}>{reviewStrings.workflow.dismiss}</button>
    </p>
  )
}
