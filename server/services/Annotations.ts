import { randomBytes } from 'node:crypto'
import type * as Y from 'yjs'
import { ErrorCode } from '../../shared/errors'
import { ANNOTATIONS_KEY, findMentions, Resolution, type AnnotationThread, type CreateAnnotationRequest } from '../../shared/review/annotationModel'
import { ReviewState } from '../../shared/review/reviewState'
import { applySuggestion, findSuggestionTarget, sameWords } from '../../shared/review/suggestionTarget'
import { Role } from '../../shared/roles'
import { DomainError } from '../errors/DomainError'
import type { BoardRecord, UserRecord } from '../storage/MetaData'
import type { MetaStore } from '../storage/MetaStore'
import type { ServerChangeResult } from '../sync/serverChange'
import type { SyncHub } from '../sync/SyncHub'
import type { Boards } from './Boards'

function threadsOf (doc: Y.Doc): Y.Map<AnnotationThread> {
  return doc.getMap<AnnotationThread>(ANNOTATIONS_KEY)
}

/** Records who changed a board's content (authorship, which versions list). */
export type RecordAuthors = (boardId: string, logins: string[], parts: string[]) => Promise<void>

/**
 * Expert Council annotations and suggestions. Only the server writes them
 * (into the board's annotations document, which members sync read-only), so
 * the author and the time are the server's record, not the client's claim.
 * An agreed board keeps the Council talking: comments, replies and
 * resolutions stay open; only applying a suggestion waits for reopening.
 */
export class Annotations {
  constructor (
    private readonly boards: Boards,
    private readonly hub: SyncHub,
    private readonly meta: MetaStore,
    private readonly recordAuthors: RecordAuthors = async () => {},
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create (boardId: string, user: UserRecord, request: CreateAnnotationRequest): Promise<AnnotationThread> {
    const board = this.requireRole(boardId, user, [Role.owner, Role.editor, Role.commenter])
    if (request.suggestion !== undefined) await this.requireCurrentWords(board, request)
    const at = this.now().toISOString()
    const thread: AnnotationThread = {
      id: `a${randomBytes(8).toString('hex')}`,
      anchor: request.anchor,
      quote: request.quote,
      comments: [{ id: `c${randomBytes(6).toString('hex')}`, author: user.login, authorName: user.name, text: request.text, mentions: findMentions(request.text), createdAt: at }],
      resolved: false,
      createdAt: at,
      author: user.login,
      ...(request.suggestion !== undefined ? { suggestion: request.suggestion } : {}),
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

  /**
   * Editors and owners close a thread, optionally saying whether the remark
   * was accepted. Accepting a suggestion applies it first: one change to the
   * anchored words, attributed to the proposer and the accepter.
   */
  async resolve (boardId: string, threadId: string, user: UserRecord, resolution?: Resolution): Promise<AnnotationThread> {
    const board = this.requireRole(boardId, user, [Role.owner, Role.editor])
    const thread = await this.find(board, threadId)
    let appliedAt: string | undefined
    if (resolution === Resolution.accepted && thread.suggestion !== undefined && !thread.appliedAt) {
      await this.applySuggestion(board, thread, user)
      appliedAt = this.now().toISOString()
    }
    return this.update(board, threadId, current => ({
      ...current,
      resolved: true,
      resolution,
      resolvedBy: user.login,
      resolvedAt: this.now().toISOString(),
      ...(appliedAt ? { appliedAt } : {}),
    }))
  }

  async reopen (boardId: string, threadId: string, user: UserRecord): Promise<AnnotationThread> {
    const board = this.requireRole(boardId, user, [Role.owner, Role.editor])
    return this.update(board, threadId, ({ resolution: _r, resolvedBy: _b, resolvedAt: _a, ...thread }) => ({ ...thread, resolved: false }))
  }

  /** The author of a thread or an owner may delete it. */
  async remove (boardId: string, threadId: string, user: UserRecord): Promise<void> {
    const board = this.requireRole(boardId, user, [Role.owner, Role.editor, Role.commenter])
    const thread = await this.find(board, threadId)
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

  /** A suggestion is made on words the proposer sees: if they changed meanwhile, say so now rather than at acceptance. */
  private async requireCurrentWords (board: BoardRecord, request: CreateAnnotationRequest): Promise<void> {
    const name = request.anchor.kind === 'plan' ? board.documents.plan : board.documents.report
    const doc = await this.hub.snapshot(name)
    if (!doc) throw DomainError.damaged('Документ доски повреждён на сервере. Обратитесь к администратору.')
    const target = findSuggestionTarget(request.anchor, doc)
    if (target.status === 'missing') throw DomainError.validation('Предложить правку можно к словам внутри одного абзаца или к ячейке плана, которая существует.')
    if (!sameWords(target.current, request.quote)) throw staleWords(target.current)
  }

  private async applySuggestion (board: BoardRecord, thread: AnnotationThread, user: UserRecord): Promise<void> {
    if (board.review?.state === ReviewState.agreed) {
      throw new DomainError(ErrorCode.boardAgreed, 'Доска согласована: правку можно принять после того, как владелец откроет доску снова.')
    }
    const name = thread.anchor.kind === 'plan' ? board.documents.plan : board.documents.report
    type Outcome = { status: 'applied' } | { status: 'stale'; current: string } | { status: 'missing' }
    const outcome: { value: Outcome } = { value: { status: 'missing' } }
    const result = await this.hub.write(name, doc => {
      const target = findSuggestionTarget(thread.anchor, doc)
      if (target.status === 'missing') return
      if (!sameWords(target.current, thread.quote)) {
        outcome.value = { status: 'stale', current: target.current }
        return
      }
      applySuggestion(target, thread.suggestion ?? '')
      outcome.value = { status: 'applied' }
    })
    throwIfFailed(result)
    const done = outcome.value
    if (done.status === 'stale') throw staleWords(done.current)
    if (done.status === 'missing') throw new DomainError(ErrorCode.staleSuggestion, 'Слов, к которым предложена правка, больше нет в документе.', { current: '' })
    await this.recordAuthors(board.id, [...new Set([thread.author, user.login])], result.ok ? result.parts : [])
  }

  private async find (board: BoardRecord, threadId: string): Promise<AnnotationThread> {
    const thread = (await this.list(board)).find(t => t.id === threadId)
    if (!thread) throw DomainError.notFound('Замечание не найдено.')
    return thread
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
    throwIfFailed(await this.hub.write(board.documents.annotations, apply))
  }

  private requireRole (boardId: string, user: UserRecord, allowed: Role[]): BoardRecord {
    const board = this.boards.record(boardId)
    const role = board ? this.boards.roleOf(user, boardId) : null
    if (!board || !role) throw DomainError.notFound('Доска не найдена или у вас нет к ней доступа.')
    if (!allowed.includes(role)) throw DomainError.forbidden('Ваша роль не позволяет это действие с замечаниями.')
    return board
  }
}

function staleWords (current: string): DomainError {
  return new DomainError(ErrorCode.staleSuggestion, undefined, { current })
}

/** Each failure says what happened: nothing of the request is kept in any of them. */
function throwIfFailed (result: ServerChangeResult): void {
  if (result.ok) return
  switch (result.error) {
    case 'unavailable':
      throw DomainError.damaged('Документ доски повреждён на сервере, изменение не выполнено. Обратитесь к администратору.')
    case 'rejected':
      throw DomainError.validation('Изменение не выполнено: данные не удалось записать в документ. Документ не изменён.')
    case 'not_saved':
      throw new DomainError(ErrorCode.notSaved)
  }
}
