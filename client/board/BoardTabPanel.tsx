import type { BoardDetails, UserInfo } from '../../shared/api'
import { BoardLive } from './live/BoardLive'
import { MembersPanel } from './MembersPanel'
import { ReportTab } from '../report/ReportTab'
import { PlanTab } from '../plan/table/PlanTab'
import { RegistryTab } from '../registry/RegistryTab'
import { TimelineTab } from '../plan/timeline/TimelineTab'
import { boardPanelId, boardTabId, type BoardTab } from './boardTab'

export interface BoardTabPanelProps {
  tab: BoardTab
  board: BoardDetails
  user: UserInfo
  onBoardChange: (board: BoardDetails) => void
}

function TabContent ({ tab, board, user, onBoardChange }: BoardTabPanelProps) {
  // One case per tab: adding a tab to boardTabs makes this switch fail to
  // type-check until its content is given here.
  switch (tab) {
    case 'board':
      return <BoardLive />
    case 'plan':
      return <PlanTab />
    case 'timeline':
      return <TimelineTab />
    case 'report':
      return <ReportTab />
    case 'registry':
      return <RegistryTab />
    case 'members':
      return <MembersPanel board={board} user={user} onBoardChange={onBoardChange} />
  }
}

/** The panel of the active tab; only that tab's content is mounted. */
export function BoardTabPanel (props: BoardTabPanelProps) {
  return (
    <div
      className="tab-panel"
      role="tabpanel"
      id={boardPanelId(props.tab)}
      aria-labelledby={boardTabId(props.tab)}
      data-testid={`panel-${props.tab}`}
    >
      <TabContent {...props} />
    </div>
  )
}
