import type { AnnotationThread } from '../../../shared/review/annotationModel'
import { userColor } from '../../sync/userColor'
import { formatMoscowDateTime } from '../formatMoscowDateTime'
import { useReview } from '../ReviewProvider'
import { reviewStrings } from '../reviewStrings'

const s = reviewStrings.suggestion

/** A suggestion in its thread: the words as they were, struck through, and the proposal, in the proposer's colour. */
export function SuggestionBlock ({ thread }: { thread: AnnotationThread & { suggestion: string } }) {
  const { members } = useReview()
  const nameOf = (login: string) => members.find(m => m.login === login)?.name ?? login
  return (
    <div className="suggestion" data-testid="thread-suggestion" style={{ ['--suggestion-color' as string]: userColor(thread.author) }}>
      <p className="suggestion__line"><span className="suggestion__tag">{s.was}</span> <del>{thread.quote}</del></p>
      <p className="suggestion__line"><span className="suggestion__tag">{s.proposed}</span> <ins data-testid="thread-suggestion-text">{thread.suggestion}</ins></p>
      <p className="suggestion__by">{s.byline(nameOf(thread.author))}</p>
      {thread.appliedAt && (
        <p className="suggestion__applied" data-testid="thread-suggestion-applied">{s.applied(nameOf(thread.resolvedBy ?? ''), formatMoscowDateTime(thread.appliedAt))}</p>
      )}
    </div>
  )
}
