import { useMemo } from 'react'
import type { BoardDetails, UserInfo } from '../../../shared/api'
import { boardTitleText } from '../../../shared/board/boardDocs'
import { canEditContent } from '../../../shared/roles'
import { useAwarenessUsers } from '../../sync/useAwarenessUsers'
import { useDocConnection } from '../../sync/useDocConnection'
import { userColor } from '../../sync/userColor'
import { LiveTitleInput } from './LiveTitleInput'
import { liveStrings } from './liveStrings'
import { NotesEditor } from './NotesEditor'
import { PresenceList } from './PresenceList'
import { SaveIndicator } from './SaveIndicator'

export interface BoardLiveProps {
  board: BoardDetails
  user: UserInfo
}

/** The «Доска» tab: the board's live title and notes, who is here, and whether it is saved. */
export function BoardLive ({ board, user }: BoardLiveProps) {
  const canWrite = canEditContent(board.role)
  const me = useMemo(() => ({ login: user.login, name: user.name, color: userColor(user.login) }), [user.login, user.name])
  const { connection, saveState, problem } = useDocConnection(board.documents.plan, me, canWrite)
  const users = useAwarenessUsers(connection?.awareness ?? null)

  if (!connection) return <p className="page-status">{liveStrings.connecting}</p>
  return (
    <section className="board-live" data-testid="board-live">
      <div className="board-live__bar">
        <PresenceList users={users} />
        <SaveIndicator state={saveState} />
      </div>
      {problem && <p className="notice notice--error" role="alert" data-testid="sync-problem">{problem}</p>}
      {!canWrite && <p className="notice notice--info">{liveStrings.readOnly}</p>}
      <LiveTitleInput text={boardTitleText(connection.doc)} readOnly={!canWrite} label={liveStrings.titleLabel} />
      <NotesEditor connection={connection} user={me} readOnly={!canWrite} />
    </section>
  )
}
