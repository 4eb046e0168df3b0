import { randomBytes } from 'node:crypto'
import * as Y from 'yjs'
import type { BoardDetails, BoardSummary, CreateBoardRequest, MemberCandidate } from '../../shared/api'
import { academicYearKey, academicYearLabel, parseAcademicYear } from '../../shared/academicYear'
import { boardNotesFragment, boardTitleText } from '../../shared/board/boardDocs'
import { emptyBoardSettings, type BoardSettings } from '../../shared/board/boardSettings'
import { seedReportTemplate } from '../../shared/report/reportTemplate'
import { ErrorCode } from '../../shared/errors'
import { Role, canEditContent } from '../../shared/roles'
import { normalizeLogin } from '../../shared/users/login'
import { matchPerson } from '../../shared/users/matchPerson'
import { DomainError } from '../errors/DomainError'
import { DEMO_DISTRICT, DEMO_YEAR, demoPlanState, demoReportState } from '../demo/demoBoard'
import type { DocStore } from '../storage/DocStore'
import type { BoardRecord, UserRecord } from '../storage/MetaData'
import type { MetaStore } from '../storage/MetaStore'
import type { Access, Principal } from '../sync/SyncSocket'
import type { Accounts } from './Accounts'

/** A picker shows a handful; typing one more letter narrows it, so more is never needed. */
export const MEMBER_SEARCH_LIMIT = 10

/** Boards and their members. The role on a board is decided here and nowhere else. */
export class Boards {
  /**
   * Document name → board id, checked at every use. Every sync connection asks
   * which board its document belongs to; scanning every board's documents
   * was the largest cost of our own while 2,000 clients connected to 400
   * boards (bench row e, `--connect-prof e`: 95 ms of 1.6 s busy).
   */
  private documentIndex = new Map<string, string>()

  constructor (
    private readonly meta: MetaStore,
    private readonly docs: DocStore,
    private readonly accounts: Accounts,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The user's role on a board; administrators act as owners of every board. */
  roleOf (user: UserRecord, boardId: string): Role | null {
    if (!this.meta.data.boards.some(b => b.id === boardId)) return null
    const member = this.meta.data.members.find(m => m.boardId === boardId && m.login === user.login)
    if (member) return member.role
    return user.isAdmin ? Role.owner : null
  }

  listFor (user: UserRecord): BoardSummary[] {
    return this.meta.data.boards
      .map(board => ({ board, role: this.roleOf(user, board.id) }))
      .filter((entry): entry is { board: BoardRecord; role: Role } => entry.role !== null)
      .map(({ board, role }) => summary(board, role))
      .sort((a, b) => b.year.localeCompare(a.year) || a.district.localeCompare(b.district, 'ru'))
  }

  details (boardId: string, user: UserRecord): BoardDetails {
    const board = this.meta.data.boards.find(b => b.id === boardId)
    const role = board ? this.roleOf(user, boardId) : null
    // Not a member and no such board look the same: ids of other boards stay private.
    if (!board || !role) throw DomainError.notFound('Доска не найдена или у вас нет к ней доступа.')
    const members = this.meta.data.members
      .filter(m => m.boardId === boardId)
      .map(m => ({ login: m.login, name: this.accounts.find(m.login)?.name ?? m.login, role: m.role }))
      .sort((a, b) => a.name.localeCompare(b.name, 'ru'))
    return {
      ...summary(board, role),
      documents: { ...board.documents },
      members,
      review: board.review ? { state: board.review.state, history: [...board.review.history] } : { state: 'draft', history: [] },
    }
  }

  async create (request: CreateBoardRequest, creator: UserRecord): Promise<BoardDetails> {
    const owner = request.owner ? this.accounts.find(request.owner) : creator
    if (!owner) throw DomainError.validation(`Пользователь «${request.owner}» не найден.`)
    const board = this.newRecord(request.district, request.year, creator.login)
    await this.insert(board, [{ login: owner.login, role: Role.owner }], {
      plan: initialPlanState(boardTitle(board)),
      report: initialReportState(),
    })
    return this.details(board.id, creator)
  }

  /** The first start's demo board, filled with a realistic year (server/demo), owned by `admin`. */
  async createDemo (admin: UserRecord): Promise<BoardDetails> {
    const board: BoardRecord = { ...this.newRecord(DEMO_DISTRICT, DEMO_YEAR, admin.login), demo: true }
    await this.insert(board, [{ login: admin.login, role: Role.owner }], {
      plan: await demoPlanState(initialPlanState(boardTitle(board))),
      report: demoReportState(initialReportState()),
    })
    return this.details(board.id, admin)
  }

  /**
   * Deletes the demo board (administrators only). Real boards are never deleted:
   * their plans and reports are records of the district's year. The document
   * files stay in the data folder, unreferenced, so a sync room still open on
   * them cannot write into a file that is being removed.
   */
  async deleteDemo (boardId: string, actor: UserRecord): Promise<void> {
    const board = this.record(boardId)
    if (!board || !this.roleOf(actor, boardId)) throw DomainError.notFound('Доска не найдена или у вас нет к ней доступа.')
    if (!actor.isAdmin) throw DomainError.forbidden('Удалить демо-доску может только администратор.')
    if (!board.demo) throw DomainError.conflict('Удалить можно только демо-доску: рабочие доски хранят планы и отчёты района.')
    await this.meta.update(data => {
      data.boards = data.boards.filter(b => b.id !== boardId)
      data.members = data.members.filter(m => m.boardId !== boardId)
      if (data.reads) data.reads = data.reads.filter(r => r.boardId !== boardId)
    })
  }

  /** A board record with a fresh id and first-generation document names. */
  newRecord (district: string, year: string, createdBy: string, id = `b${randomBytes(6).toString('hex')}`): BoardRecord {
    const parsed = parseAcademicYear(year)
    if (!parsed.ok) throw DomainError.validation(parsed.error)
    return {
      id,
      district,
      year: academicYearKey(parsed.year),
      createdAt: this.now().toISOString(),
      createdBy,
      documents: { plan: `${id}-plan-1`, report: `${id}-report-1`, annotations: `${id}-annotations-1` },
      review: { state: 'draft', history: [] },
    }
  }

  /**
   * Stores a board's documents, then its record and members. Documents first:
   * a crash in between leaves unreferenced files, never a board without them.
   */
  async insert (board: BoardRecord, members: Array<{ login: string; role: Role }>, states: { plan: Uint8Array; report: Uint8Array }): Promise<void> {
    await this.docs.save(board.documents.plan, states.plan)
    await this.docs.save(board.documents.report, states.report)
    await this.meta.update(data => {
      data.boards = data.boards.filter(b => b.id !== board.id)
      data.members = data.members.filter(m => m.boardId !== board.id)
      data.boards.push(board)
      for (const member of members) data.members.push({ boardId: board.id, login: member.login, role: member.role })
    })
  }

  /** The board record by id. */
  record (boardId: string): BoardRecord | undefined {
    return this.meta.data.boards.find(b => b.id === boardId)
  }

  membersOf (boardId: string): Array<{ login: string; role: Role }> {
    return this.meta.data.members.filter(m => m.boardId === boardId).map(m => ({ login: m.login, role: m.role }))
  }

  async setMember (boardId: string, login: string, role: Role, actor: UserRecord): Promise<BoardDetails> {
    this.requireManager(boardId, actor)
    const user = this.accounts.find(login)
    if (!user) throw DomainError.notFound(`Пользователь «${login}» не найден.`)
    const current = this.meta.data.members.find(m => m.boardId === boardId && m.login === user.login)
    if (current?.role === Role.owner && role !== Role.owner) this.requireAnotherOwner(boardId, user.login)
    await this.meta.update(data => {
      const member = data.members.find(m => m.boardId === boardId && m.login === user.login)
      if (member) member.role = role
      else data.members.push({ boardId, login: user.login, role })
    })
    return this.details(boardId, actor)
  }

  async removeMember (boardId: string, login: string, actor: UserRecord): Promise<BoardDetails> {
    this.requireManager(boardId, actor)
    const member = this.meta.data.members.find(m => m.boardId === boardId && normalizeLogin(m.login) === normalizeLogin(login))
    if (!member) throw DomainError.notFound(`«${login}» не участник этой доски.`)
    if (member.role === Role.owner) this.requireAnotherOwner(boardId, member.login)
    await this.meta.update(data => {
      data.members = data.members.filter(m => !(m.boardId === boardId && m.login === member.login))
    })
    return this.details(boardId, actor)
  }

  /** The board's document settings; every member may read them (they are printed on every export). */
  settings (boardId: string, user: UserRecord): BoardSettings {
    this.details(boardId, user)
    return structuredClone(this.record(boardId)?.settings ?? emptyBoardSettings())
  }

  /** Replaces the board's document settings (already validated by the shared schema). Owners only. */
  async updateSettings (boardId: string, settings: BoardSettings, actor: UserRecord): Promise<BoardSettings> {
    const role = this.roleOf(actor, boardId)
    if (!role) throw DomainError.notFound('Доска не найдена или у вас нет к ней доступа.')
    if (role !== Role.owner) throw DomainError.forbidden('Реквизиты документов доски изменяет её владелец.')
    await this.meta.update(data => {
      const board = data.boards.find(b => b.id === boardId)
      if (board) board.settings = structuredClone(settings)
    })
    return this.settings(boardId, actor)
  }

  /**
   * People an owner may add to the board, found by name or login as they type.
   * Only those who manage the board may search, and they see active people's
   * names and logins only — the same as a members list shows.
   */
  memberCandidates (boardId: string, query: string, actor: UserRecord): MemberCandidate[] {
    this.requireManager(boardId, actor)
    const roles = new Map(this.membersOf(boardId).map(m => [m.login, m.role]))
    return this.meta.data.users
      .filter(user => user.active)
      .map(user => ({ user, rank: matchPerson(query, user) }))
      .filter((found): found is { user: UserRecord; rank: 0 | 1 } => found.rank !== null)
      .sort((a, b) => a.rank - b.rank || a.user.name.localeCompare(b.user.name, 'ru'))
      .slice(0, MEMBER_SEARCH_LIMIT)
      .map(({ user }) => ({ login: user.login, name: user.name, role: roles.get(user.login) ?? null }))
  }

  /** Which board a Yjs document belongs to. */
  boardOfDocument (name: string): BoardRecord | null {
    const known = this.documentIndex.get(name)
    const board = known !== undefined ? this.record(known) : undefined
    if (board && Object.values(board.documents).includes(name)) return board
    // Unknown here, or gone: boards come and go (also through other instances), so the index is rebuilt rather than kept.
    this.documentIndex = new Map(this.meta.data.boards.flatMap(b => Object.values(b.documents).map((doc): [string, string] => [doc, b.id])))
    const id = this.documentIndex.get(name)
    return id !== undefined ? this.record(id) ?? null : null
  }

  /** What a sync connection may do now (after any change of sessions, accounts or roles). */
  accessOf (principal: Principal): Access {
    const signedIn = this.accounts.resolveSessionHash(principal.sessionHash)
    if (!signedIn) return 'unauthenticated'
    const role = this.roleOf(signedIn.user, principal.boardId)
    if (!role) return 'none'
    // An agreed board is frozen until its owner reopens it, except the plan's
    // fact (status, outcomes), which editors record all year (checked update by update).
    if (this.record(principal.boardId)?.review?.state === 'agreed') return principal.concern === 'plan' && canEditContent(role) ? 'fact' : 'read'
    return canEditContent(role) ? 'write' : 'read'
  }

  private requireManager (boardId: string, actor: UserRecord): void {
    const role = this.roleOf(actor, boardId)
    if (!role) throw DomainError.notFound('Доска не найдена или у вас нет к ней доступа.')
    if (role !== Role.owner) throw DomainError.forbidden('Участниками доски управляет её владелец.')
  }

  private requireAnotherOwner (boardId: string, login: string): void {
    const others = this.meta.data.members.filter(m => m.boardId === boardId && m.role === Role.owner && m.login !== login)
    if (others.length === 0) throw new DomainError(ErrorCode.lastOwner)
  }
}

export function boardTitle (board: Pick<BoardRecord, 'district' | 'year'>): string {
  const parsed = parseAcademicYear(board.year)
  return `${board.district}, ${parsed.ok ? academicYearLabel(parsed.year) : board.year}`
}

function summary (board: BoardRecord, role: Role): BoardSummary {
  return {
    id: board.id, district: board.district, year: board.year, title: boardTitle(board), role, createdAt: board.createdAt,
    ...(board.demo ? { demo: true } : {}),
  }
}

/** The plan document of a new board: its title filled in, so there is something to see. */
function initialPlanState (title: string): Uint8Array {
  const doc = new Y.Doc()
  boardTitleText(doc).insert(0, title)
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText('Заметки команды: договорённости, ссылки, напоминания.')])
  boardNotesFragment(doc).insert(0, [paragraph])
  return Y.encodeStateAsUpdate(doc)
}

/** The report document of a new board: the default section template. */
function initialReportState (): Uint8Array {
  const doc = new Y.Doc()
  seedReportTemplate(doc)
  return Y.encodeStateAsUpdate(doc)
}
