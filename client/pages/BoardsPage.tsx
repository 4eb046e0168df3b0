import type { BoardSummary, UserInfo } from '../../shared/api'
import { listBoards } from '../api/endpoints'
import { useApiQuery } from '../api/useApiQuery'
import { BoardCard } from '../board/BoardCard'
import { CreateBoardForm } from '../board/CreateBoardForm'
import { DeleteDemoButton } from '../board/DeleteDemoButton'
import { PageStatus } from '../components/PageStatus'
import { useDocumentTitle } from '../hooks/useDocumentTitle'
import { navigate } from '../router/navigate'
import { strings } from '../strings'

export interface BoardsPageProps {
  user: UserInfo
}

/** Newest year first, then districts alphabetically. */
function byYearThenDistrict (a: BoardSummary, b: BoardSummary): number {
  return b.year.localeCompare(a.year) || a.district.localeCompare(b.district, 'ru')
}

export function BoardsPage ({ user }: BoardsPageProps) {
  const s = strings.boards
  useDocumentTitle(s.title)
  const query = useApiQuery('boards', listBoards)
  const { state } = query

  return (
    <section className="page">
      <h1 className="page__title">{s.title}</h1>
      {state.status === 'loading' ? <PageStatus /> : null}
      {state.status === 'error' ? <PageStatus error={state.error.message} onRetry={query.reload} /> : null}
      {state.status === 'ok' && state.data.boards.length === 0
        ? <p className="empty-state" data-testid="boards-empty">{user.isAdmin ? s.emptyAdmin : s.empty}</p>
        : null}
      {state.status === 'ok' && state.data.boards.length > 0
        ? (
          <ul className="board-list" aria-label={s.listLabel}>
            {[...state.data.boards].sort(byYearThenDistrict).map(board => (
              <li key={board.id} className="board-list__item">
                <BoardCard board={board} />
                {board.demo && user.isAdmin ? <DeleteDemoButton board={board} onDeleted={query.reload} /> : null}
              </li>
            ))}
          </ul>
          )
        : null}
      {user.isAdmin
        ? <CreateBoardForm onCreated={board => navigate({ name: 'board', id: board.id })} />
        : null}
    </section>
  )
}
