import { randomBytes } from 'node:crypto'
import type * as Y from 'yjs'
import { ANNOTATIONS_KEY, findMentions, type AnnotationThread, type CreateAnnotationRequest, type Resolution } from '../../shared/review/annotationModel'
import { ReviewState } from '../../shared/review/reviewState'
import { Role } from '../../shared/roles'
import { ErrorCode } from '../../shared/errors'
import { DomainError } from '../errors/DomainError'
import type { BoardRecord, UserRecord } from '../storage/MetaData'
import type { MetaStore } from '../storage/MetaStore'
import type { SyncHub } from '../sync/SyncHub'
import type { Boards } from './Boards'

export function threadsOf (doc: Y.Doc): Y.Map<AnnotationThread> {
  return doc.getMap<AnnotationThread>(ANNOTATIONS_KEY)
}

/**
 * Expert Council annotations. Only the server writes them (into the board's
 * annotations document, which members sync read-only), so the author and the
 * time are the server's record, not the client's claim.
 */
export class Annotations {
  constructor (
    private readonly boards: Boards,
    private readonly hub: SyncHub,
    private readonly meta: MetaStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create (boardId: string, user: UserRecord, request: CreateAnnotationRequest): Promise<AnnotationThread> {
    const board = this.requireRole(boardId, user, [Role.owner, Role.editor, Role.commenter])
    const at = this.now().toISOString()
    const thread: AnnotationThread = {
      id: `a${randomBytes(8).toString('hex')}`,
      anchor: request.anchor,
      quote: request.quote,
      comments: [{ id: `c${randomBytes(6).toString('hex')}`, author: user.login, authorName: user.name, text: request.text, mentions: findMentions(request.text), createdAt: at }],
      resolved: false,
      createdAt: at,
      author: user.login,
    }
    await this.write(board, doc => threadsOf(doc).set(thread.id, thread))
    return thread
  }

  async reply (boardId: string, threadId: string, user: UserRecord, text: string): Promise<AnnotationThread> {
    const board = this.requireRole(boardId, user, [Role.owner, Role.editor, Role.commenter])
    return this.update(board, threadId, thread => ({
      ...thread,
      comments: [...thread.comments, { id: `c${randomBytes(6).toString('hex')}`, author: user.login, authorName: user.name, text, mentions: findMentions(text), createdAt: this.now().toISOString() }],
    }))
  }

  /** Editors and owners close a thread, optionally saying whether the remark was accepted. */
  async resolve (boardId: string, threadId: string, user: UserRecord, resolution?: Resolution): Promise<AnnotationThread> {
    const board = this.requireRole(boardId, user, [Role.owner, Role.editor])
    return this.update(board, threadId, thread => ({ ...thread, resolved: true, resolution, resolvedBy: user.login, resolvedAt: this.now().toISOString() }))
  }

  async reopen (boardId: string, threadId: string, user: UserRecord): Promise<AnnotationThread> {
    const board = this.requireRole(boardId, user, [Role.owner, Role.editor])
    return this.update(board, threadId, ({ resolution: _r, resolvedBy: _b, resolvedAt: _a, ...thread }) => ({ ...thread, resolved: false }))
  }

  /** The author of a thread or an owner may delete it. */
  async remove (boardId: string, threadId: string, user: UserRecord): Promise<void> {
    const board = this.requireRole(boardId, user, [Role.owner, Role.editor, Role.commenter])
    const thread = (await this.list(board)).find(t => t.id === threadId)
    if (!thread) throw DomainError.notFound('Замечание не найдено.')
    if (thread.author !== user.login && this.boards.roleOf(user, boardId) !== Role.owner) throw DomainError.forbidden('Удалить замечание может его автор или владелец доски.')
    await this.write(board, doc => threadsOf(doc).delete(threadId))
  }

  async list (board: BoardRecord): Promise<AnnotationThread[]> {
    const doc = await this.hub.snapshot(board.documents.annotations)
    return doc ? [...threadsOf(doc).values()] : []
  }

  async openCount (board: BoardRecord): Promise<number> {
    return (await this.list(board)).filter(t => !t.resolved).length
  }

  lastRead (boardId: string, login: string): string | null {
    return this.meta.data.reads?.find(r => r.boardId === boardId && r.login === login)?.at ?? null
  }

  async markRead (boardId: string, user: UserRecord): Promise<string> {
    this.requireRole(boardId, user, [Role.owner, Role.editor, Role.commenter, Role.viewer])
    const at = this.now().toISOString()
    await this.meta.update(data => {
      data.reads = (data.reads ?? []).filter(r => !(r.boardId === boardId && r.login === user.login))
      data.reads.push({ boardId, login: user.login, at })
    })
    return at
  }

  private async update (board: BoardRecord, threadId: string, change: (thread: AnnotationThread) => AnnotationThread): Promise<AnnotationThread> {
    let updated: AnnotationThread | null = null
    await this.write(board, doc => {
      const thread = threadsOf(doc).get(threadId)
      if (!thread) return
      updated = change(thread)
      threadsOf(doc).set(threadId, updated)
    })
    if (!updated) throw DomainError.notFound('Замечание не найдено.')
    return updated
  }

  private async write (board: BoardRecord, apply: (doc: Y.Doc) => void): Promise<void> {
    if (!(await this.hub.change(board.documents.annotations, apply))) {
      throw DomainError.damaged('Документ замечаний повреждён на сервере. Обратитесь к администратору.')
    }
  }

  private requireRole (boardId: string, user: UserRecord, allowed: Role[]): BoardRecord {
    const board = this.boards.record(boardId)
    const role = board ? this.boards.roleOf(user, boardId) : null
    if (!board || !role) throw DomainError.notFound('Доска не найдена или у вас нет к ней доступа.')
    if (!allowed.includes(role)) throw DomainError.forbidden('Ваша роль не позволяет это действие с замечаниями.')
    if (board.review?.state === ReviewState.agreed) throw new DomainError(ErrorCode.boardAgreed, 'Доска согласована: замечания закрыты до повторного открытия.')
    return board
  }
}
