import { useState } from 'react'
import { BusyButton } from '../../components/BusyButton'
import { ErrorNotice } from '../../components/ErrorNotice'
import { createThread } from '../annotationsApi'
import { useReview, type AnnotationDraft } from '../ReviewProvider'
import { reviewStrings } from '../reviewStrings'
import { MentionTextarea } from './MentionTextarea'

export interface NewThreadFormProps {
  draft: AnnotationDraft
  /** «План 2.3 · Сроки проведения», «Отчёт 3.2: “…”». */
  label: string
}

/** The first remark of a new thread, at the top of the panel. */
export function NewThreadForm ({ draft, label }: NewThreadFormProps) {
  const { boardId, members, cancelDraft, openThread } = useReview()
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const send = async () => {
    if (!text.trim() || busy) return
    setBusy(true)
    setError(null)
    const result = await createThread(boardId, { anchor: draft.anchor, quote: draft.quote, text })
    setBusy(false)
    if (!result.ok) {
      setError(result.error.message)
      return
    }
    cancelDraft()
    openThread(result.data.id)
  }

  return (
    <form className="thread thread--new" aria-label={reviewStrings.newThread.title} data-testid="new-thread" onSubmit={event => { event.preventDefault(); void send() }}>
      <h3 className="thread__new-title">{reviewStrings.newThread.title}</h3>
      <p className="thread__anchor-text">{label}</p>
      <MentionTextarea
        value={text}
        onChange={setText}
        members={members}
        label={reviewStrings.newThread.label}
        placeholder={reviewStrings.newThread.placeholder}
        testId="new-thread-input"
        autoFocus
        onSubmit={() => { void send() }}
      />
      <ErrorNotice message={error} />
      <div className="thread__actions">
        <BusyButton type="submit" variant="primary" busy={busy} disabled={!text.trim()} data-testid="new-thread-submit">{reviewStrings.newThread.submit}</BusyButton>
        <button type="button" className="button button--secondary" onClick={cancelDraft}>{reviewStrings.newThread.cancel}</button>
      </div>
    </form>
  )
}
