import { useState } from 'react'
import { ErrorCode } from '../../../shared/errors'
import { Resolution, type AnnotationThread } from '../../../shared/review/annotationModel'
import { ReviewState } from '../../../shared/review/reviewState'
import { BusyButton } from '../../components/BusyButton'
import { ErrorNotice } from '../../components/ErrorNotice'
import { reopenThread, resolveThread } from '../annotationsApi'
import { useReview } from '../ReviewProvider'
import { reviewStrings } from '../reviewStrings'

/**
 * Editors and owners close a thread, saying whether the remark was accepted,
 * or reopen it. A suggestion is accepted (the server applies it) or rejected;
 * if its words changed meanwhile the answer shows what is there now.
 */
export function ThreadResolveControls ({ thread }: { thread: AnnotationThread }) {
  const { boardId, reviewState } = useReview()
  const [resolution, setResolution] = useState<Resolution | ''>(Resolution.accepted)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const run = async (call: () => ReturnType<typeof resolveThread>) => {
    setBusy(true)
    setError(null)
    const result = await call()
    setBusy(false)
    if (!result.ok) setError(result.error.code === ErrorCode.staleSuggestion ? reviewStrings.suggestion.conflict(result.error.current ?? '') : result.error.message)
  }

  if (thread.resolved) {
    return (
      <div className="thread__actions">
        <BusyButton busy={busy} data-testid="thread-reopen" onClick={() => { void run(() => reopenThread(boardId, thread.id)) }}>{reviewStrings.thread.reopen}</BusyButton>
        <ErrorNotice message={error} />
      </div>
    )
  }
  if (thread.suggestion !== undefined) {
    const agreed = reviewState === ReviewState.agreed
    return (
      <div className="thread__actions">
        <BusyButton variant="primary" busy={busy} disabled={agreed} title={agreed ? reviewStrings.suggestion.agreedWait : undefined} data-testid="suggestion-accept"
          onClick={() => { void run(() => resolveThread(boardId, thread.id, Resolution.accepted)) }}>{reviewStrings.suggestion.accept}</BusyButton>
        <BusyButton busy={busy} data-testid="suggestion-reject" onClick={() => { void run(() => resolveThread(boardId, thread.id, Resolution.rejected)) }}>{reviewStrings.suggestion.reject}</BusyButton>
        {agreed && <p className="muted">{reviewStrings.suggestion.agreedWait}</p>}
        <ErrorNotice message={error} />
      </div>
    )
  }
  return (
    <div className="thread__actions">
      <label className="thread__resolution">
        <span>{reviewStrings.thread.resolutionLabel}</span>
        <select value={resolution} data-testid="thread-resolution" onChange={event => setResolution(event.target.value as Resolution | '')}>
          <option value={Resolution.accepted}>{reviewStrings.thread.resolution.accepted}</option>
          <option value={Resolution.rejected}>{reviewStrings.thread.resolution.rejected}</option>
          <option value="">{reviewStrings.thread.resolutionNone}</option>
        </select>
      </label>
      <BusyButton busy={busy} data-testid="thread-resolve" onClick={() => { void run(() => resolveThread(boardId, thread.id, resolution || undefined)) }}>{reviewStrings.thread.resolve}</BusyButton>
      <ErrorNotice message={error} />
    </div>
  )
}
