import { useState } from 'react'
import type { BoardSummary } from '../../shared/api'
import { deleteDemoBoard } from '../api/endpoints'
import { BusyButton } from '../components/BusyButton'
import { ErrorNotice } from '../components/ErrorNotice'
import { strings } from '../strings'

export interface DeleteDemoButtonProps {
  board: BoardSummary
  onDeleted: () => void
}

/** The administrator's «Удалить демо-доску», asked twice: deleting cannot be undone. */
export function DeleteDemoButton ({ board, onDeleted }: DeleteDemoButtonProps) {
  const s = strings.boards
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function remove () {
    setBusy(true)
    const result = await deleteDemoBoard(board.id)
    setBusy(false)
    if (result.ok) onDeleted()
    else setError(result.error.message)
  }

  return (
    <div className="board-card__demo-actions">
      {confirming
        ? (
          <span className="confirm" role="group" aria-label={s.confirmDeleteDemo}>
            <span className="confirm__text">{s.confirmDeleteDemo}</span>
            <BusyButton variant="danger" busy={busy} onClick={() => { void remove() }} data-testid="demo-delete-confirm">{s.deleteDemoYes}</BusyButton>
            <BusyButton autoFocus disabled={busy} onClick={() => setConfirming(false)}>{strings.common.cancel}</BusyButton>
          </span>
          )
        : <BusyButton variant="link" onClick={() => setConfirming(true)} data-testid="demo-delete">{s.deleteDemo}</BusyButton>}
      <ErrorNotice message={error ?? undefined} />
    </div>
  )
}
