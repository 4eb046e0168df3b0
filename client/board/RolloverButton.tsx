import { useState } from 'react'
import type { BoardDetails } from '../../shared/api'
import { apiRequest } from '../api/apiClient'
import { academicYearShort } from '../lib/academicYearText'
import { Link } from '../router/Link'
import { exportStrings } from './exportStrings'

/** «Новый учебный год» (owners): next year's board from this one. */
export function RolloverButton ({ board }: { board: BoardDetails }) {
  const [state, setState] = useState<'idle' | 'confirm' | 'busy'>('idle')
  const [result, setResult] = useState<{ board?: BoardDetails; error?: string } | null>(null)
  const start = Number(board.year.slice(0, 4)) + 1
  const nextYear = academicYearShort(`${start}-${start + 1}`)

  const run = async () => {
    setState('busy')
    const response = await apiRequest<BoardDetails>('POST', `/api/boards/${encodeURIComponent(board.id)}/rollover`, {})
    setState('idle')
    setResult(response.ok ? { board: response.data } : { error: response.error.message })
  }

  return (
    <div className="rollover">
      {state === 'confirm'
        ? (
          <div className="notice notice--info" role="alertdialog" aria-label={exportStrings.rollover}>
            <p>{exportStrings.rolloverConfirm(nextYear)}</p>
            <button type="button" className="button button--primary" data-testid="rollover-confirm" onClick={() => { void run() }}>{exportStrings.rolloverYes}</button>
            <button type="button" className="button button--secondary" onClick={() => setState('idle')}>{exportStrings.rolloverNo}</button>
          </div>
          )
        : (
          <button type="button" className="button button--secondary" data-testid="rollover" disabled={state === 'busy'} onClick={() => setState('confirm')}>
            {state === 'busy' ? exportStrings.rolloverRunning : exportStrings.rollover}
          </button>
          )}
      {result?.board && (
        <p className="notice notice--success" role="status" data-testid="rollover-done">
          {exportStrings.rolloverDone(result.board.title)} <Link to={{ name: 'board', id: result.board.id }}>{exportStrings.open}</Link>
        </p>
      )}
      {result?.error && <p className="notice notice--error" role="alert">{result.error}</p>}
    </div>
  )
}
