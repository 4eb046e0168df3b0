import { GlyphLabel } from '../../components/GlyphLabel'
import { useReview } from '../ReviewProvider'
import { reviewStrings } from '../reviewStrings'
import { annotationsToggleId } from './annotationsToggleId'
import { CommentsAnnouncer } from './CommentsAnnouncer'

/**
 * «Замечания (N)» in the status bar: N open threads, and a badge with the comments this reader has not seen.
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
      {unread > 0 && (
        <span className="annotations-toggle__unread" title={reviewStrings.unreadTitle(unread)}>
          <GlyphLabel glyph={unread} label={`, ${reviewStrings.unreadTitle(unread)}`} />
        </span>
      )}
    </button>
    <CommentsAnnouncer />
    </>
  )
}
