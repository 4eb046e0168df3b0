import { useState } from 'react'
import { ErrorCode } from '../../../shared/errors'
import { ReviewState } from '../../../shared/review/reviewState'
import { BusyButton } from '../../components/BusyButton'
import { ErrorNotice } from '../../components/ErrorNotice'
import { ConfirmModal } from '../ConfirmModal'
import { useReview } from '../ReviewProvider'
import { reviewStrings } from '../reviewStrings'
import { agreeBoard, reopenBoard, submitForReview } from './reviewApi'

type Step = 'submit' | 'agree' | 'override' | 'reopen'

/**
 * The owner's workflow buttons. The state shown comes back live through the
 * annotations document, so these only ask and report a refusal. A refusal
 * for open remarks (not for plan errors) can be overridden after a
 * confirmation; the override is recorded in the history.
 */
export function ReviewActions () {
  const { boardId, isOwner, reviewState, threads } = useReview()
  const [busy, setBusy] = useState<Step | null>(null)
  const [refusal, setRefusal] = useState<{ message: string; overridable: boolean } | null>(null)
  const [confirming, setConfirming] = useState(false)
  if (!isOwner) return null
  const s = reviewStrings.workflow
  const openCount = threads.filter(thread => !thread.resolved).length

  const run = async (step: Step) => {
    setBusy(step)
    setRefusal(null)
    const result = step === 'submit' ? await submitForReview(boardId)
      : step === 'reopen' ? await reopenBoard(boardId)
        : await agreeBoard(boardId, step === 'override')
    setBusy(null)
    if (!result.ok) {
      setRefusal({ message: result.error.message, overridable: step === 'agree' && result.status === 409 && result.error.code === ErrorCode.conflict && openCount > 0 })
    }
  }

  return (
    <div className="review-actions" role="group" aria-label={s.stateLabel}>
      {reviewState === ReviewState.draft && (
        <BusyButton variant="primary" busy={busy === 'submit'} data-testid="review-submit" onClick={() => { void run('submit') }}>{s.submit}</BusyButton>
      )}
      {reviewState === ReviewState.review && (
        <>
          <BusyButton variant="primary" busy={busy === 'agree'} data-testid="review-agree" onClick={() => { void run('agree') }}>{s.agree}</BusyButton>
          <BusyButton busy={busy === 'reopen'} data-testid="review-reopen" onClick={() => { void run('reopen') }}>{s.backToDraft}</BusyButton>
        </>
      )}
      {reviewState === ReviewState.agreed && (
        <BusyButton busy={busy === 'reopen'} data-testid="review-reopen" onClick={() => { void run('reopen') }}>{s.reopen}</BusyButton>
      )}
      {refusal && (
        <div className="review-actions__refusal">
          <ErrorNotice message={refusal.message} testId="review-error" />
          {refusal.overridable && (
            <BusyButton variant="danger" busy={busy === 'override'} data-testid="review-agree-override" onClick={() => setConfirming(true)}>{s.agreeOverride}</BusyButton>
          )}
        </div>
      )}
      {confirming && (
        <ConfirmModal
          message={s.overrideConfirm(openCount)}
          confirmLabel={s.overrideYes}
          cancelLabel={s.overrideNo}
          confirmTestId="review-override-confirm"
          onConfirm={() => { setConfirming(false); void run('override') }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  )
}
