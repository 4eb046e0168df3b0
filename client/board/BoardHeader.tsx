import type { BoardDetails } from '../../shared/api'
import { RoleBadge } from '../components/RoleBadge'
import { ReviewBar } from '../review/workflow/ReviewBar'
import { academicYearShort } from '../lib/academicYearText'
import { Link } from '../router/Link'
import { strings } from '../strings'

export interface BoardHeaderProps {
  board: BoardDetails
}

/** «Демо-район, 2023–2024», the district, the year, the user's role and the review line. */
export function BoardHeader ({ board }: BoardHeaderProps) {
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
      <dl className="board-header__meta">
        <div><dt>{s.district}</dt><dd>{board.district}</dd></div>
        <div><dt>{s.year}</dt><dd>{strings.common.academicYear(year)}</dd></div>
      </dl>
      <ReviewBar />
    </header>
  )
}
