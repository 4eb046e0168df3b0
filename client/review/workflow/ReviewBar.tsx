import { VersionsButton } from '../versions/VersionsButton'
import { ReviewActions } from './ReviewActions'
import { ReviewHistory } from './ReviewHistory'
import { ReviewStateBadge } from './ReviewStateBadge'

/** The review line of the board header: state, the owner's steps, the history and the versions. */
export function ReviewBar () {
  return (
    <div className="review-bar" data-testid="review-bar">
      <ReviewStateBadge />
      <ReviewActions />
      <ReviewHistory />
      <VersionsButton />
    </div>
  )
}
