import type { BoardSummary } from '../../shared/api'
import { RoleBadge } from '../components/RoleBadge'
import { academicYearShort } from '../lib/academicYearText'
import { Link } from '../router/Link'
import { strings } from '../strings'

export interface BoardCardProps {
  board: BoardSummary
}

/** One board in the list: a link, so click and Enter both open it. */
export function BoardCard ({ board }: BoardCardProps) {
  return (
    <Link to={{ name: 'board', id: board.id }} className="board-card" data-testid="board-link">
      <span className="board-card__district">{board.district}</span>
      <span className="board-card__year">{strings.common.academicYear(academicYearShort(board.year))}</span>
      {board.demo ? <span className="board-card__demo" title={strings.boards.demoHint} data-testid="board-demo">{strings.boards.demo}</span> : null}
      <span className="board-card__role">
        <span className="visually-hidden">{strings.boards.yourRole}: </span>
        <RoleBadge role={board.role} />
      </span>
    </Link>
  )
}
