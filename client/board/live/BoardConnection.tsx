import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { BoardDetails, UserInfo } from '../../../shared/api'
import { parseAcademicYear, type AcademicYear } from '../../../shared/academicYear'
import { canEditContent } from '../../../shared/roles'
import type { DocConnection, SaveState } from '../../sync/DocConnection'
import { useAwarenessUsers, type PresentUser } from '../../sync/useAwarenessUsers'
import { useDocConnection, type PresenceUser } from '../../sync/useDocConnection'
import { userColor } from '../../sync/userColor'

export interface BoardConnectionValue {
  board: BoardDetails
  year: AcademicYear
  /** The plan document (sections, items, the board's title and notes). */
  plan: DocConnection | null
  saveState: SaveState
  problem: string | null
  /** Whether this user's role may change content; read-only UIs produce no updates at all. */
  canWrite: boolean
  me: PresenceUser
  present: PresentUser[]
}

const BoardConnectionContext = createContext<BoardConnectionValue | null>(null)

/**
 * One connection to the board's plan document for the whole board page, so
 * switching tabs (board, plan, timeline) neither reconnects nor reloads.
 */
export function BoardConnectionProvider ({ board, user, children }: { board: BoardDetails; user: UserInfo; children: ReactNode }) {
  const canWrite = canEditContent(board.role)
  const me = useMemo(() => ({ login: user.login, name: user.name, color: userColor(user.login) }), [user.login, user.name])
  const { connection, saveState, problem } = useDocConnection(board.documents.plan, me, canWrite)
  const present = useAwarenessUsers(connection?.awareness ?? null)
  const year = useMemo(() => {
    const parsed = parseAcademicYear(board.year)
    return parsed.ok ? parsed.year : { startYear: new Date().getFullYear() }
  }, [board.year])
  const value = useMemo(
    () => ({ board, year, plan: connection, saveState, problem, canWrite, me, present }),
    [board, year, connection, saveState, problem, canWrite, me, present],
  )
  return <BoardConnectionContext.Provider value={value}>{children}</BoardConnectionContext.Provider>
}

export function useBoardConnection (): BoardConnectionValue {
  const value = useContext(BoardConnectionContext)
  if (!value) throw new Error('useBoardConnection outside BoardConnectionProvider')
  return value
}
