import { useReview } from '../ReviewProvider'
import { reviewStrings } from '../reviewStrings'
import { annotationsToggleId } from './annotationsToggleId'
import { CommentsAnnouncer } from './CommentsAnnouncer'

/**
 * «Замечания: открыто N» in the status bar, and a red «M новых»: the comments this reader has not seen.
 * Beside it, always mounted, the live region that reads out comments as they arrive.
 */
export function AnnotationsToggle () {
  const { threads, unread, panelOpen, setPanelOpen } = useReview()
  const open = threads.filter(thread => !thread.resolved).length
  return (
    <>
    <button
      id={annotationsToggleId}
      type="button"
      className={`button button--secondary annotations-toggle${panelOpen ? ' is-open' : ''}`}
      aria-expanded={panelOpen}
      aria-controls={panelOpen ? 'annotations-panel' : undefined}
      data-testid="annotations-toggle"
      data-unread={unread}
      data-open={open}
      onClick={() => setPanelOpen(!panelOpen)}
    >
      {reviewStrings.toggle(open)}
      {unread > 0 && <span className="annotations-toggle__unread" title={reviewStrings.unreadTitle(unread)} data-testid="annotations-unread">{reviewStrings.unreadBadge(unread)}</span>}
    </button>
    <CommentsAnnouncer />
    </>
  )
}
