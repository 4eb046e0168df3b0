import { ReviewState } from '../../../shared/review/reviewState'
import { AnnotationsToggle } from '../../review/panel/AnnotationsToggle'
import { reviewStrings } from '../../review/reviewStrings'
import { ReviewNotice } from '../../review/workflow/ReviewNotice'
import { useBoardActivity, useBoardConnection } from './BoardConnection'
import { liveStrings } from './liveStrings'
import { PresenceList } from './PresenceList'
import { RefusedTextsNotice } from './RefusedTextsNotice'
import { SaveIndicator } from './SaveIndicator'

/**
 * Who is on the board, the annotations toggle and whether everything is saved:
 * in the sticky row beside the tabs, so «Сохранено / Нет связи» never scrolls away.
 */
export function BoardLiveStatus () {
  const { present, saveState } = useBoardActivity()
  return (
    <div className="board-live__bar" data-testid="board-live-status">
      <PresenceList users={present} />
      <span className="board-status__right">
        <AnnotationsToggle />
        <SaveIndicator state={saveState} />
      </span>
    </div>
  )
}

/** What the board's state asks people to know (review, refused writes, read-only): under the tabs, only when there is something. */
export function BoardStatusBar () {
  const { problem, canWrite, review } = useBoardConnection()
  const agreed = review.state === ReviewState.agreed
  return (
    <div className="board-status">
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
