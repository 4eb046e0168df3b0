import { useReview } from '../ReviewProvider'
import { reviewStrings } from '../reviewStrings'

/** «Черновик», «На рассмотрении», «Согласовано»: live for everyone on the board. */
export function ReviewStateBadge () {
  const { reviewState } = useReview()
  return (
    <span className={`review-state review-state--${reviewState}`} role="status" data-testid="review-state" data-state={reviewState}>
      <span className="visually-hidden">{reviewStrings.workflow.stateLabel}: </span>
      {reviewStrings.workflow.state[reviewState]}
    </span>
  )
}
