import { ReviewState } from '../../../shared/review/reviewState'
import { AnnotationsToggle } from '../../review/panel/AnnotationsToggle'
import { reviewStrings } from '../../review/reviewStrings'
import { ReviewNotice } from '../../review/workflow/ReviewNotice'
import { useBoardConnection } from './BoardConnection'
import { liveStrings } from './liveStrings'
import { PresenceList } from './PresenceList'
import { RefusedTextsNotice } from './RefusedTextsNotice'
import { SaveIndicator } from './SaveIndicator'

/** Who is on the board and whether everything is saved: above every tab. */
export function BoardStatusBar () {
  const { present, saveState, problem, canWrite, review } = useBoardConnection()
  const agreed = review.state === ReviewState.agreed
  return (
    <div className="board-status">
      <div className="board-live__bar">
        <PresenceList users={present} />
        <span className="board-status__right">
          <AnnotationsToggle />
          <SaveIndicator state={saveState} />
        </span>
      </div>
      <ReviewNotice />
      {problem && <p className="notice notice--error" role="alert" data-testid="sync-problem">{problem}</p>}
      <RefusedTextsNotice />
      {!canWrite && (
        <p className="notice notice--info" data-testid="read-only-notice" data-reason={agreed ? 'agreed' : 'role'}>
          {agreed ? reviewStrings.workflow.readOnly : liveStrings.readOnly}
        </p>
      )}
    </div>
  )
}
