import { useBoardConnection } from './BoardConnection'
import { liveStrings } from './liveStrings'
import { PresenceList } from './PresenceList'
import { SaveIndicator } from './SaveIndicator'

/** Who is on the board and whether everything is saved: above every tab. */
export function BoardStatusBar () {
  const { present, saveState, problem, canWrite } = useBoardConnection()
  return (
    <div className="board-status">
      <div className="board-live__bar">
        <PresenceList users={present} />
        <SaveIndicator state={saveState} />
      </div>
      {problem && <p className="notice notice--error" role="alert" data-testid="sync-problem">{problem}</p>}
      {!canWrite && <p className="notice notice--info" data-testid="read-only-notice">{liveStrings.readOnly}</p>}
    </div>
  )
}
