import type { AnnotationComment } from '../../../shared/review/annotationModel'
import { formatMoscowDateTime } from '../formatMoscowDateTime'

/** The text with each «@login» of a known mention set apart. */
function withMentions (text: string, mentions: readonly string[]) {
  if (mentions.length === 0) return text
  return text.split(/(@[a-zA-Z0-9._-]{2,64})/g).map((part, index) =>
    part.startsWith('@') && mentions.includes(part.slice(1).toLowerCase())
      ? <span key={index} className="comment__mention">{part}</span>
      : part)
}

/** One remark or reply: who, when (Moscow time) and what. */
export function CommentItem ({ comment, isNew }: { comment: AnnotationComment; isNew: boolean }) {
  return (
    <li className={`comment${isNew ? ' is-new' : ''}`} data-testid="thread-comment">
      <p className="comment__meta">
        <span className="comment__author">{comment.authorName}</span>
        {' · '}
        <time dateTime={comment.createdAt}>{formatMoscowDateTime(comment.createdAt)}</time>
      </p>
      <p className="comment__text">{withMentions(comment.text, comment.mentions)}</p>
    </li>
  )
}
