import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react'
import { ValueStore } from '../../sync/ValueStore'
import type { BoardDetails, UserInfo } from '../../../shared/api'
import { parseAcademicYear, type AcademicYear } from '../../../shared/academicYear'
import { planDocLayout, reportDocLayout } from '../../../shared/review/docLayouts'
import type { RefusedText } from '../../../shared/review/refusedText'
import { ReviewState } from '../../../shared/review/reviewState'
import { canEditContent } from '../../../shared/roles'
import { useLiveReview, type LiveReview } from '../../review/useLiveReview'
import type { DocConnection, SaveState } from '../../sync/DocConnection'
import { useAwarenessUsers, type PresentUser } from '../../sync/useAwarenessUsers'
import { useDocConnection, type PresenceUser } from '../../sync/useDocConnection'
import { userColor } from '../../sync/userColor'

export interface BoardConnectionValue {
  board: BoardDetails
  year: AcademicYear
  /** The plan document (sections, items, registry, the board's title and notes). */
  plan: DocConnection | null
  /** The report document (sections, typed tables); connected once the report tab (or a report annotation) is opened. */
  report: DocConnection | null
  /** Asks for the report document without opening its tab (the annotations panel labels and finds report passages). */
  connectReport: () => void
  /** The annotations document: threads and the live review state. Written only by the server; always read-only here. */
  annotations: DocConnection | null
  /** The review state and its history, live for everyone. */
  review: LiveReview
  problem: string | null
  /** Texts the server refused (after a role change or agreement), to copy; empty when none. */
  refused: RefusedText[]
  dismissRefused: () => void
  /**
   * Whether this user may change content now: the role allows it and the board
   * is not agreed. Read-only UIs produce no updates at all.
   */
  canWrite: boolean
  /** Whether this user may record the plan's fact (status, outcomes): editors, on an agreed plan too. */
  canWriteFact: boolean
  me: PresenceUser
}

const BoardConnectionContext = createContext<BoardConnectionValue | null>(null)

/** What changes with every keystroke and every arrival: the save state, who is here. */
export interface BoardActivityValue {
  /** Saved only when every open document is saved. */
  saveState: SaveState
  present: PresentUser[]
}

/**
 * One connection to the board's plan document for the whole board page, so
 * switching tabs (board, plan, timeline) neither reconnects nor reloads.
 */
export function BoardConnectionProvider ({ board, user, withReport, onAccessChanged, children }: { board: BoardDetails; user: UserInfo; withReport: boolean; onAccessChanged?: () => void; children: ReactNode }) {
  // The connections follow the role only: agreeing the board must not tear
  // down and reload every document on every page (the server already refuses
  // writes to an agreed board on connections that stay open).
  const roleCanWrite = canEditContent(board.role)
  const me = useMemo(() => ({ login: user.login, name: user.name, color: userColor(user.login) }), [user.login, user.name])
  const [reportWanted, setReportWanted] = useState(false)
  const reportOn = withReport || reportWanted
  const plan = useDocConnection(board.documents.plan, me, roleCanWrite, onAccessChanged, planDocLayout)
  const report = useDocConnection(reportOn ? board.documents.report : null, me, roleCanWrite, onAccessChanged, reportDocLayout)
  const [dismissed, setDismissed] = useState<RefusedText[][]>([])
  const refused = useMemo(() => [plan.refused, report.refused].filter(list => !dismissed.includes(list)).flat(), [plan.refused, report.refused, dismissed])
  const dismissRefused = useCallback(() => setDismissed(d => [...d, plan.refused, report.refused]), [plan.refused, report.refused])
  // canWrite false: no IndexedDB copy and never a write (the server would refuse it and drop the connection).
  const annotations = useDocConnection(board.documents.annotations, me, false)
  const review = useLiveReview(annotations.connection?.doc ?? null, board.review)
  const canWrite = roleCanWrite && review.state !== ReviewState.agreed
  const present = useAwarenessUsers(plan.connection?.awareness ?? null)
  const saveState = combineSaveStates(plan.saveState, reportOn ? report.saveState : 'saved')
  const problem = plan.problem ?? report.problem ?? annotations.problem
  const connectReport = useCallback(() => setReportWanted(true), [])
  const year = useMemo(() => {
    const parsed = parseAcademicYear(board.year)
    return parsed.ok ? parsed.year : { startYear: new Date().getFullYear() }
  }, [board.year])
  const value = useMemo(
    () => ({ board, year, plan: plan.connection, report: report.connection, connectReport, annotations: annotations.connection, review, problem, refused, dismissRefused, canWrite, canWriteFact: roleCanWrite, me }),
    [board, year, plan.connection, report.connection, connectReport, annotations.connection, review, problem, refused, dismissRefused, canWrite, roleCanWrite, me],
  )
  // Kept out of the context value: every change of a context walks the whole
  // tree below it looking for readers, and the plan's 300 rows are under it
  // (171 ms of a 5 s typing profile, `bench/browser.ts --profile`); only the
  // status bar reads these, through a store.
  const [activity] = useState(() => new ValueStore<BoardActivityValue>({ saveState, present }))
  useLayoutEffect(() => activity.set({ saveState, present }), [activity, saveState, present])
  return (
    <BoardConnectionContext.Provider value={value}>
      <BoardActivityContext.Provider value={activity}>{children}</BoardActivityContext.Provider>
    </BoardConnectionContext.Provider>
  )
}

const BoardActivityContext = createContext<ValueStore<BoardActivityValue> | null>(null)

/** The board's save state and who is here (see BoardActivityValue). */
export function useBoardActivity (): BoardActivityValue {
  const store = useContext(BoardActivityContext)
  if (!store) throw new Error('useBoardActivity outside BoardConnectionProvider')
  return useSyncExternalStore(store.subscribe, store.get)
}

export function useBoardConnection (): BoardConnectionValue {
  const value = useContext(BoardConnectionContext)
  if (!value) throw new Error('useBoardConnection outside BoardConnectionProvider')
  return value
}

/** The board's indicator: the worse of its documents' states. */
function combineSaveStates (a: SaveState, b: SaveState): SaveState {
  for (const state of ['offline', 'unsaved', 'saving'] as const) if (a === state || b === state) return state
  return 'saved'
}
