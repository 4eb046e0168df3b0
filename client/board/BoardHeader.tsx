import type { ReactNode } from 'react'
import type { BoardDetails } from '../../shared/api'
import { RoleBadge } from '../components/RoleBadge'
import { ReviewBar } from '../review/workflow/ReviewBar'
import { academicYearShort } from '../lib/academicYearText'
import { Link } from '../router/Link'
import { strings } from '../strings'

export interface BoardHeaderProps {
  board: BoardDetails
  /** The board's own actions (export, new year), at the end of the row. */
  children?: ReactNode
}

/**
 * One row: «← Доски», «Демо-район, 2023–2024», the user's role, the review
 * line and the board's actions. The district and year are in the title, so
 * they are not repeated on screen (screen readers still get them).
 */
export function BoardHeader ({ board, children }: BoardHeaderProps) {
  const s = strings.board
  const year = academicYearShort(board.year)
  return (
    <header className="board-header">
      <Link to={{ name: 'boards' }} className="board-header__back">{s.backToBoards}</Link>
      <div className="board-header__main">
        <h1 className="page__title board-header__title" data-testid="board-title">{s.heading(board.district, year)}</h1>
        <p className="board-header__role">
          <span className="visually-hidden">{s.yourRole}: </span>
          <RoleBadge role={board.role} testId="role-badge" />
        </p>
      </div>
      <dl className="board-header__meta visually-hidden">
        <div><dt>{s.district}</dt><dd>{board.district}</dd></div>
        <div><dt>{s.year}</dt><dd>{strings.common.academicYear(year)}</dd></div>
      </dl>
      <ReviewBar />
      <div className="board-actions">{children}</div>
    </header>
  )
}
