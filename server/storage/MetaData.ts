import type { Role } from '../../shared/roles'
import type { BoardSettings } from '../../shared/board/boardSettings'
import type { ReviewEvent, ReviewState } from '../../shared/review/reviewState'

/** Everything that is not a Yjs document: users, sessions, boards, members. */
export interface MetaData {
  /** Format version, so that later releases can migrate older files. */
  version: 1
  users: UserRecord[]
  sessions: SessionRecord[]
  boards: BoardRecord[]
  members: MemberRecord[]
  /** When each person last read a board's annotations (for unread counts). Absent in older files. */
  reads?: ReadRecord[]
}

export interface ReadRecord {
  boardId: string
  login: string
  at: string
}

export interface UserRecord {
  login: string
  name: string
  isAdmin: boolean
  active: boolean
  passwordHash: string
  createdAt: string
}

export interface SessionRecord {
  /** SHA-256 of the cookie token: a leaked data folder does not leak live sessions. */
  tokenHash: string
  login: string
  createdAt: string
  expiresAt: string
}

export interface BoardRecord {
  id: string
  district: string
  year: string
  createdAt: string
  createdBy: string
  /** Yjs document names by concern. Restore gives new names (see design notes). */
  documents: { plan: string; report: string; annotations: string }
  /** Absent on boards made before the review workflow: a draft with no history. */
  review?: { state: ReviewState; history: ReviewEvent[] }
  /** Title page and approval block of the exports; absent on boards made before them (nothing printed). */
  settings?: BoardSettings
  /** Made on the first start to show what the product does; an administrator may delete it. */
  demo?: boolean
}

export interface MemberRecord {
  boardId: string
  login: string
  role: Role
}

export function emptyMetaData (): MetaData {
  return { version: 1, users: [], sessions: [], boards: [], members: [] }
}

/**
 * Brings data written by an older release up to date in memory (it is
 * written back with the next change). Older boards lack the annotations
 * document name and the review state.
 */
export function migrateMetaData (data: MetaData): MetaData {
  for (const board of data.boards) {
    const documents = board.documents as Partial<BoardRecord['documents']>
    documents.annotations ??= `${board.id}-annotations-1`
    board.review ??= { state: 'draft', history: [] }
  }
  return data
}
