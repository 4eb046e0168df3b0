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
  /** The plan document (sections, items, registry, the board's title and notes). */
  plan: DocConnection | null
  /** The report document (sections, typed tables); connected while the report tab is open. */
  report: DocConnection | null
  /** Saved only when every open document is saved. */
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
export function BoardConnectionProvider ({ board, user, withReport, children }: { board: BoardDetails; user: UserInfo; withReport: boolean; children: ReactNode }) {
  const canWrite = canEditContent(board.role)
  const me = useMemo(() => ({ login: user.login, name: user.name, color: userColor(user.login) }), [user.login, user.name])
  const plan = useDocConnection(board.documents.plan, me, canWrite)
  const report = useDocConnection(withReport ? board.documents.report : null, me, canWrite)
  const present = useAwarenessUsers(plan.connection?.awareness ?? null)
  const saveState = combineSaveStates(plan.saveState, withReport ? report.saveState : 'saved')
  const problem = plan.problem ?? report.problem
  const year = useMemo(() => {
    const parsed = parseAcademicYear(board.year)
    return parsed.ok ? parsed.year : { startYear: new Date().getFullYear() }
  }, [board.year])
  const value = useMemo(
    () => ({ board, year, plan: plan.connection, report: report.connection, saveState, problem, canWrite, me, present }),
    [board, year, plan.connection, report.connection, saveState, problem, canWrite, me, present],
  )
  return <BoardConnectionContext.Provider value={value}>{children}</BoardConnectionContext.Provider>
}

export function useBoardConnection (): BoardConnectionValue {
  const value = useContext(BoardConnectionContext)
  if (!value) throw new Error('useBoardConnection outside BoardConnectionProvider')
  return value
}

function combineSaveStates (a: SaveState, b: SaveState): SaveState {
  if (a === 'offline' || b === 'offline') return 'offline'
  if (a === 'saving' || b === 'saving') return 'saving'
  return 'saved'
}
