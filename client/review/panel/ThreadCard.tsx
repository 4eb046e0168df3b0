import { useEffect, useRef } from 'react'
import type { AnnotationThread } from '../../../shared/review/annotationModel'
import { formatMoscowDateTime } from '../formatMoscowDateTime'
import { useReview } from '../ReviewProvider'
import { reviewStrings } from '../reviewStrings'
import { CommentItem } from './CommentItem'
import { DeleteThreadButton } from './DeleteThreadButton'
import { ReplyBox } from './ReplyBox'
import { SuggestionBlock } from './SuggestionBlock'
import { ThreadResolveControls } from './ThreadResolveControls'

export interface ThreadCardProps {
  thread: AnnotationThread
  label: string
  /** The report words it was about are gone. */
  anchorDeleted: boolean
}

/** One thread: where it is, the remark and replies, its resolution, and what this role may do with it. */
export function ThreadCard ({ thread, label, anchorDeleted }: ThreadCardProps) {
  const { me, members, isOwner, canAnnotate, canResolve, focusedId, newIn, goToAnchor } = useReview()
  const card = useRef<HTMLElement>(null)
  const focused = focusedId === thread.id
  const fresh = newIn(thread)
  useEffect(() => {
    if (focused) card.current?.scrollIntoView({ block: 'nearest' })
  }, [focused])

  const resolverName = thread.resolvedBy ? members.find(m => m.login === thread.resolvedBy)?.name ?? thread.resolvedBy : ''
  const newComments = new Set(fresh > 0 ? thread.comments.slice(-fresh).map(c => c.id) : [])
  return (
    <article
      ref={card}
      className={`thread${thread.resolved ? ' is-resolved' : ''}${focused ? ' is-focused' : ''}`}
      data-testid="thread"
      data-thread-id={thread.id}
      data-resolved={String(thread.resolved)}
      data-suggestion={thread.suggestion !== undefined || undefined}
    >
      <header className="thread__header">
        <button type="button" className="thread__anchor" title={reviewStrings.anchor.goTo} data-testid="thread-anchor" onClick={() => goToAnchor(thread)}>
          {label}
        </button>
        {fresh > 0 && <span className="thread__new" data-testid="thread-unread">{reviewStrings.thread.unread}</span>}
      </header>
      {/* An applied suggestion replaced its own words: their anchor is gone on purpose. */}
      {anchorDeleted && !thread.appliedAt && (
        <p className="thread__deleted" data-testid="thread-deleted-anchor">
          <strong>{reviewStrings.anchor.deleted}</strong> {reviewStrings.anchor.deletedQuote(thread.quote)}
        </p>
      )}
      {thread.suggestion !== undefined && <SuggestionBlock thread={{ ...thread, suggestion: thread.suggestion }} />}
      <ol className="thread__comments">
        {thread.comments.filter(comment => comment.text !== '' || thread.suggestion === undefined).map(comment => <CommentItem key={comment.id} comment={comment} isNew={newComments.has(comment.id)} />)}
      </ol>
      {thread.resolved && (
        <p className={`thread__resolved is-${thread.resolution ?? 'none'}`} data-testid="thread-resolved-note">
          {reviewStrings.thread.resolved(thread.resolution ? reviewStrings.thread.resolution[thread.resolution] : null, resolverName, formatMoscowDateTime(thread.resolvedAt ?? ''))}
        </p>
      )}
      {canResolve && <ThreadResolveControls thread={thread} />}
      {canAnnotate && <ReplyBox threadId={thread.id} />}
      {canAnnotate && (thread.author === me || isOwner) && <DeleteThreadButton threadId={thread.id} />}
    </article>
  )
}
