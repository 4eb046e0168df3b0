import { formatMoscowDateTime } from '../formatMoscowDateTime'
import { useReview } from '../ReviewProvider'
import { reviewStrings } from '../reviewStrings'

/** «История согласования»: every step, who and when, an owner's override called out. */
export function ReviewHistory () {
  const { history } = useReview()
  const s = reviewStrings.workflow
  return (
    <details className="review-history" data-testid="review-history">
      <summary className="button button--link">{s.history}</summary>
      {history.length === 0
        ? <p className="review-history__empty">{s.historyEmpty}</p>
        : (
          <ol className="review-history__list">
            {[...history].reverse().map((event, index) => (
              <li key={`${event.at}-${index}`} className="review-history__item" data-testid="review-history-item" data-state={event.state}>
                <span className={`review-state review-state--${event.state}`}>{s.state[event.state]}</span>
                {' '}{event.byName}, <time dateTime={event.at}>{formatMoscowDateTime(event.at)}</time>
                {event.override && <strong className="review-history__override" data-testid="review-history-override"> — {s.historyOverride}</strong>}
                {/* The server's comment on an override repeats what the mark above says. */}
                {event.comment && !event.override && <span className="review-history__comment"> ({event.comment})</span>}
              </li>
            ))}
          </ol>
          )}
    </details>
  )
}
