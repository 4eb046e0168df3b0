import { useState } from 'react'
import { BusyButton } from '../../components/BusyButton'
import { ErrorNotice } from '../../components/ErrorNotice'
import { replyToThread } from '../annotationsApi'
import { useReview } from '../ReviewProvider'
import { reviewStrings } from '../reviewStrings'
import { MentionTextarea } from './MentionTextarea'

/** A reply to a thread; it appears for everyone when the server has written it into the annotations document. */
export function ReplyBox ({ threadId }: { threadId: string }) {
  const { boardId, members } = useReview()
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const send = async () => {
    if (!text.trim() || busy) return
    setBusy(true)
    setError(null)
    const result = await replyToThread(boardId, threadId, text)
    setBusy(false)
    if (result.ok) setText('')
    else setError(result.error.message)
  }

  return (
    <form className="thread__reply" onSubmit={event => { event.preventDefault(); void send() }}>
      <MentionTextarea
        value={text}
        onChange={setText}
        members={members}
        label={reviewStrings.thread.replyLabel}
        placeholder={reviewStrings.thread.replyPlaceholder}
        testId="thread-reply-input"
        onSubmit={() => { void send() }}
      />
      <ErrorNotice message={error} />
      <BusyButton type="submit" busy={busy} disabled={!text.trim()} data-testid="thread-reply-submit">{reviewStrings.thread.reply}</BusyButton>
    </form>
  )
}
