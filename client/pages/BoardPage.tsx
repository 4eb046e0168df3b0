import { useCallback, useState } from 'react'
import type { UserInfo } from '../../shared/api'
import { getBoard } from '../api/endpoints'
import { useApiQuery } from '../api/useApiQuery'
import { BoardHeader } from '../board/BoardHeader'
import { ExportMenu } from '../board/ExportMenu'
import { RolloverButton } from '../board/RolloverButton'
import { BoardSettingsForm } from '../board/BoardSettingsForm'
import { BoardMoreMenu } from '../board/BoardMoreMenu'
import { Role } from '../../shared/roles'
import { BoardConnectionProvider } from '../board/live/BoardConnection'
import { BoardLiveStatus, BoardStatusBar } from '../board/live/BoardStatusBar'
import { PlanFiltersProvider } from '../plan/PlanFilters'
import { BoardTabPanel } from '../board/BoardTabPanel'
import { BoardTabs } from '../board/BoardTabs'
import { BoardTab, isBoardTab } from '../board/boardTab'
import { PageStatus } from '../components/PageStatus'
import { ReviewLayout } from '../review/panel/ReviewLayout'
import { ReviewProvider } from '../review/ReviewProvider'
import { useDocumentTitle } from '../hooks/useDocumentTitle'
import { useTopBarHeight } from '../hooks/useTopBarHeight'
import { academicYearShort } from '../lib/academicYearText'
import { navigate } from '../router/navigate'
import { strings } from '../strings'

export interface BoardPageProps {
  boardId: string
  /** From the address (`#/boards/:id/:tab`); unknown or absent means «Доска». */
  tab: string | undefined
  user: UserInfo
}

export function BoardPage ({ boardId, tab, user }: BoardPageProps) {
  const query = useApiQuery(`board:${boardId}`, () => getBoard(boardId))
  const topBar = useTopBarHeight(1)
  const { state } = query
  const active: BoardTab = isBoardTab(tab) ? tab : BoardTab.board
  // The report connects when its tab is first opened and then stays connected,
  // so leaving the tab never drops an edit that is still on its way.
  const [reportOpened, setReportOpened] = useState(false)
  if (active === BoardTab.report && !reportOpened) setReportOpened(true)
  // After a refused write the role may have changed: fetch it quietly (no reload of the page).
  const { setData } = query
  const refreshBoard = useCallback(() => {
    void getBoard(boardId).then(result => { if (result.ok) setData(result.data) })
  }, [boardId, setData])
  useDocumentTitle(state.status === 'ok'
    ? strings.board.heading(state.data.district, academicYearShort(state.data.year))
    : null)

  if (state.status === 'loading') return <section className="page"><PageStatus /></section>
  if (state.status === 'error') {
    return <section className="page"><PageStatus error={state.error.message} onRetry={query.reload} /></section>
  }

  const board = state.data
  return (
    <BoardConnectionProvider board={board} user={user} withReport={reportOpened} onAccessChanged={refreshBoard}>
      <PlanFiltersProvider>
        <ReviewProvider>
          <section className="page page--wide">
            <BoardHeader board={board}>
              <ExportMenu board={board} />
              {board.role === Role.owner && (
                <BoardMoreMenu>
                  <RolloverButton board={board} />
                  <BoardSettingsForm board={board} />
                </BoardMoreMenu>
              )}
            </BoardHeader>
            <div className="board-sticky" style={{ top: `${topBar}px` }}>
              <BoardTabs
                active={active}
                onSelect={next => navigate(
                  { name: 'board', id: boardId, tab: next === BoardTab.board ? undefined : next },
                  { replace: true },
                )}
              />
              <BoardLiveStatus />
            </div>
            <BoardStatusBar />
            {/* The comments panel takes a column beside the tab's content only: the header and the tabs keep the full width. */}
            <ReviewLayout>
              <BoardTabPanel tab={active} board={board} user={user} onBoardChange={query.setData} />
            </ReviewLayout>
          </section>
        </ReviewProvider>
      </PlanFiltersProvider>
    </BoardConnectionProvider>
  )
}
