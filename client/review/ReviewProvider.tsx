import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type * as Y from 'yjs'
import type { BoardMember } from '../../shared/api'
import type { AnnotationAnchor, AnnotationThread } from '../../shared/review/annotationModel'
import type { ReviewEvent, ReviewState } from '../../shared/review/reviewState'
import { Role } from '../../shared/roles'
import { useBoardConnection } from '../board/live/BoardConnection'
import { unreadComments, unreadInThread } from './unreadComments'
import { useAnnotationThreads } from './useAnnotationThreads'
import { useGoToAnchor } from './useGoToAnchor'
import { useReadMark } from './useReadMark'
import { useReviewNotice } from './workflow/useReviewNotice'

/** A thread being written: where it will be attached and the words it is about. */
export interface AnnotationDraft {
  anchor: AnnotationAnchor
  quote: string
  /** Start as a suggestion («Предложить правку») rather than a remark. */
  suggest?: boolean
}

export interface ReviewValue {
  boardId: string
  me: string
  role: Role
  members: readonly BoardMember[]
  threads: readonly AnnotationThread[]
  /** The annotations document, for views that follow threads themselves (the report's highlights). */
  annotationsDoc: Y.Doc | null
  reviewState: ReviewState
  history: readonly ReviewEvent[]
  /** Owners, editors and commenters annotate, suggest and reply, on an agreed board too. */
  canAnnotate: boolean
  /** Owners and editors close and reopen threads, and accept suggestions (not on an agreed board). */
  canResolve: boolean
  isOwner: boolean
  panelOpen: boolean
  setPanelOpen: (open: boolean) => void
  /** The thread the panel shows first and scrolls to. */
  focusedId: string | null
  /** Opens the panel on a thread (a click on a highlight or a row marker). */
  openThread: (id: string) => void
  draft: AnnotationDraft | null
  /** Opens the panel with a new-thread form for this place. */
  startDraft: (draft: AnnotationDraft) => void
  cancelDraft: () => void
  /** Comments by others this reader has not seen. */
  unread: number
  /** Comments in a thread that were new when the panel was opened (marked «новое» while it stays open). */
  newIn: (thread: AnnotationThread) => number
  goToAnchor: (thread: AnnotationThread) => void
  notice: string | null
  dismissNotice: () => void
}

const ReviewContext = createContext<ReviewValue | null>(null)

/** The review's shared state for the board page: threads, the panel, drafts, unread counts and state notices. */
export function ReviewProvider ({ children }: { children: ReactNode }) {
  const { board, annotations, review, me } = useBoardConnection()
  const threads = useAnnotationThreads(annotations?.doc ?? null)
  const readMark = useReadMark(board.id)
  const goToAnchor = useGoToAnchor(board.id)
  const { notice, dismiss: dismissNotice } = useReviewNotice(review)
  const [panelOpen, setPanelOpenState] = useState(false)
  const [focusedId, setFocusedId] = useState<string | null>(null)
  const [draft, setDraft] = useState<AnnotationDraft | null>(null)
  // The read mark as it was when the panel opened; null while unknown or closed.
  const [seenBefore, setSeenBefore] = useState<{ at: string | null } | null>(null)

  // The Council keeps talking after agreement; only applying a suggestion waits for reopening.
  const canAnnotate = board.role !== Role.viewer
  const canResolve = board.role === Role.owner || board.role === Role.editor
  const unread = readMark.loaded ? unreadComments(threads, me.login, readMark.lastReadAt) : 0

  const setPanelOpen = useCallback((open: boolean) => {
    setPanelOpenState(open)
    if (!open) setDraft(null)
  }, [])
  // Opening the panel reads everything in it; what arrives while it is open is read too.
  const { loaded, lastReadAt, markRead } = readMark
  useEffect(() => {
    if (panelOpen && loaded) setSeenBefore(prev => prev ?? { at: lastReadAt })
    if (!panelOpen) setSeenBefore(null)
  }, [panelOpen, loaded, lastReadAt])
  useEffect(() => {
    if (panelOpen && loaded && unread > 0) markRead()
  }, [panelOpen, loaded, unread, markRead])

  const openThread = useCallback((id: string) => {
    setFocusedId(id)
    setPanelOpenState(true)
  }, [])
  const startDraft = useCallback((next: AnnotationDraft) => {
    setDraft(next)
    setPanelOpenState(true)
  }, [])
  const cancelDraft = useCallback(() => setDraft(null), [])
  const newIn = useCallback((thread: AnnotationThread) => seenBefore ? unreadInThread(thread, me.login, seenBefore.at) : 0, [seenBefore, me.login])

  const value = useMemo<ReviewValue>(() => ({
    boardId: board.id,
    me: me.login,
    role: board.role,
    members: board.members,
    threads,
    annotationsDoc: annotations?.doc ?? null,
    reviewState: review.state,
    history: review.history,
    canAnnotate,
    canResolve,
    isOwner: board.role === Role.owner,
    panelOpen,
    setPanelOpen,
    focusedId,
    openThread,
    draft,
    startDraft,
    cancelDraft,
    unread,
    newIn,
    goToAnchor,
    notice,
    dismissNotice,
  }), [board.id, board.role, board.members, me.login, threads, annotations, review, canAnnotate, canResolve, panelOpen, setPanelOpen,
    focusedId, openThread, draft, startDraft, cancelDraft, unread, newIn, goToAnchor, notice, dismissNotice])
  return <ReviewContext.Provider value={value}>{children}</ReviewContext.Provider>
}

export function useReview (): ReviewValue {
  const value = useContext(ReviewContext)
  if (!value) throw new Error('useReview outside ReviewProvider')
  return value
}
