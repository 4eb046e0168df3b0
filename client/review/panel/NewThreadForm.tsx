import { useState } from 'react'
import { ErrorCode } from '../../../shared/errors'
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

const s = reviewStrings.suggestion

/**
 * The first remark of a new thread, at the top of the panel, or a suggestion
 * («Предложить правку»): the proposed words for a report passage or a plan
 * cell, with an optional explanation. The proposer never writes the
 * document; the server applies the words when an editor accepts them.
 */
export function NewThreadForm ({ draft, label }: NewThreadFormProps) {
  const { boardId, members, cancelDraft, openThread } = useReview()
  const canSuggest = draft.anchor.kind === 'report' || Boolean(draft.anchor.field)
  const [suggesting, setSuggesting] = useState(Boolean(draft.suggest) && canSuggest)
  const [text, setText] = useState('')
  const [proposal, setProposal] = useState(draft.quote)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const ready = suggesting ? proposal !== draft.quote : text.trim() !== ''
  const send = async () => {
    if (!ready || busy) return
    setBusy(true)
    setError(null)
    const result = await createThread(boardId, { anchor: draft.anchor, quote: draft.quote, text, ...(suggesting ? { suggestion: proposal } : {}) })
    setBusy(false)
    if (!result.ok) {
      setError(result.error.code === ErrorCode.staleSuggestion ? s.conflict(result.error.current ?? '') : result.error.message)
      return
    }
    cancelDraft()
    openThread(result.data.id)
  }

  return (
    <form className="thread thread--new" aria-label={suggesting ? s.title : reviewStrings.newThread.title} data-testid="new-thread" onSubmit={event => { event.preventDefault(); void send() }}>
      <h3 className="thread__new-title">{suggesting ? s.title : reviewStrings.newThread.title}</h3>
      <p className="thread__anchor-text">{label}</p>
      {canSuggest && (
        <div className="thread__mode" role="radiogroup" aria-label={s.modeLabel}>
          <label><input type="radio" name="thread-mode" checked={!suggesting} onChange={() => setSuggesting(false)} /> {s.comment}</label>
          <label><input type="radio" name="thread-mode" checked={suggesting} data-testid="suggest-mode" onChange={() => setSuggesting(true)} /> {s.suggest}</label>
        </div>
      )}
      {suggesting && (
        <div className="suggestion-form">
          <p className="suggestion-form__was"><span>{s.was}</span> <del>{draft.quote}</del></p>
          <label className="field">
            <span className="field__label">{s.label}</span>
            <textarea
              className="field__input"
              value={proposal}
              rows={3}
              data-testid="suggestion-input"
              autoFocus
              onChange={event => setProposal(event.target.value)}
              onKeyDown={event => { if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); void send() } }}
            />
          </label>
        </div>
      )}
      <MentionTextarea
        value={text}
        onChange={setText}
        members={members}
        label={suggesting ? s.commentLabel : reviewStrings.newThread.label}
        placeholder={reviewStrings.newThread.placeholder}
        testId="new-thread-input"
        autoFocus={!suggesting}
        onSubmit={() => { void send() }}
      />
      <ErrorNotice message={error} />
      <div className="thread__actions">
        <BusyButton type="submit" variant="primary" busy={busy} disabled={!ready} data-testid="new-thread-submit">{suggesting ? s.submit : reviewStrings.newThread.submit}</BusyButton>
        <button type="button" className="button button--secondary" onClick={cancelDraft}>{reviewStrings.newThread.cancel}</button>
      </div>
    </form>
  )
}
