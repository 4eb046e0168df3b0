import { useState } from 'react'
import { BusyButton } from '../../components/BusyButton'
import { ErrorNotice } from '../../components/ErrorNotice'
import { deleteThread } from '../annotationsApi'
import { useReview } from '../ReviewProvider'
import { reviewStrings } from '../reviewStrings'

/** «Удалить» with a second look, inline (the thread and its replies go for everyone). */
export function DeleteThreadButton ({ threadId }: { threadId: string }) {
  const { boardId } = useReview()
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const remove = async () => {
    setBusy(true)
    const result = await deleteThread(boardId, threadId)
    setBusy(false)
    if (!result.ok) setError(result.error.message)
    setConfirming(false)
  }

  if (!confirming) {
    return (
      <>
        <button type="button" className="button button--link thread__delete" data-testid="thread-delete" onClick={() => setConfirming(true)}>{reviewStrings.thread.remove}</button>
        <ErrorNotice message={error} />
      </>
    )
  }
  return (
    <div className="thread__confirm" role="alertdialog" aria-label={reviewStrings.thread.removeConfirm}>
      <p>{reviewStrings.thread.removeConfirm}</p>
      <BusyButton variant="danger" busy={busy} data-testid="thread-delete-confirm" onClick={() => { void remove() }}>{reviewStrings.thread.removeYes}</BusyButton>
      <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>{reviewStrings.thread.removeNo}</button>
    </div>
  )
}
