import type { ReactNode } from 'react'
import { strings } from '../strings'

/**
 * «Ещё ▾»: the board's rarer actions (a new year, the documents' details),
 * folded so the header stays one row on a 1366 px laptop. A <details>, like
 * «Клавиши»: no state, and what is open inside stays open while it is shown.
 */
export function BoardMoreMenu ({ children }: { children: ReactNode }) {
  return (
    <details className="board-more" data-testid="board-more">
      <summary className="button button--secondary">{strings.board.more}</summary>
      <div className="board-more__panel">{children}</div>
    </details>
  )
}
