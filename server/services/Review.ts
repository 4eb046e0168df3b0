import type * as Y from 'yjs'
import { parseAcademicYear } from '../../shared/academicYear'
import { readPlan } from '../../shared/plan/planSnapshot'
import { validatePlan } from '../../shared/plan/validatePlan'
import { readRegistry } from '../../shared/registry/registrySnapshot'
import { freezeGeneratedBlocks } from '../../shared/report/freezeGenerated'
import { readReport } from '../../shared/report/reportSnapshot'
import { REVIEW_KEY, ReviewState, type ReviewEvent } from '../../shared/review/reviewState'
import { VersionKind } from '../../shared/review/versionModel'
import { Role } from '../../shared/roles'
import { ErrorCode } from '../../shared/errors'
import { DomainError } from '../errors/DomainError'
import type { BoardRecord, UserRecord } from '../storage/MetaData'
import type { MetaStore } from '../storage/MetaStore'
import type { SyncHub } from '../sync/SyncHub'
import type { Annotations } from './Annotations'
import type { Boards } from './Boards'
import type { Versions } from './Versions'

/**
 * Черновик → На рассмотрении → Согласовано, and reopening. Each step is
 * recorded (who, when, an override). Agreement needs no open annotations
 * (unless the owner overrides, which is recorded) and no validation errors,
 * stores an immutable version with the generated tables frozen, and makes the
 * board read-only for everyone, on connections already open too.
 */
export class Review {
  constructor (
    private readonly boards: Boards,
    private readonly annotations: Annotations,
    private readonly versions: Versions,
    private readonly hub: SyncHub,
    private readonly meta: MetaStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async submit (boardId: string, user: UserRecord): Promise<void> {
    const board = this.requireOwner(boardId, user)
    if (board.review?.state !== ReviewState.draft) throw DomainError.conflict('На рассмотрение передаётся черновик.')
    await this.record(board, { state: ReviewState.review, by: user.login, byName: user.name, at: this.now().toISOString() })
  }

  async agree (boardId: string, user: UserRecord, override: boolean): Promise<ReviewEvent> {
    const board = this.requireOwner(boardId, user)
    if (board.review?.state === ReviewState.agreed) throw DomainError.conflict('Доска уже согласована.')
    const open = await this.annotations.openCount(board)
    if (open > 0 && !override) {
      throw DomainError.conflict(`Есть открытые замечания (${open}). Закройте их или согласуйте с явным подтверждением владельца.`)
    }
    const plan = await this.hub.snapshot(board.documents.plan)
    const report = await this.hub.snapshot(board.documents.report)
    if (!plan || !report) throw DomainError.damaged('Документы доски повреждены.')
    const year = parseAcademicYear(board.year)
    if (!year.ok) throw DomainError.validation(year.error)
    const errors = validatePlan(readPlan(plan), year.year).filter(p => p.severity === 'error')
    if (errors.length > 0) {
      throw new DomainError(ErrorCode.planInvalid, `В плане есть ошибки (${errors.length}), например: «${errors[0].message}». Исправьте их перед согласованием.`)
    }
    const frozen = freezeGeneratedBlocks(readReport(report), { plan: readPlan(plan), registry: readRegistry(plan), year: year.year })
    const at = this.now()
    const label = at.toLocaleDateString('ru-RU', { timeZone: 'Europe/Moscow' })
    const version = await this.versions.create(board, VersionKind.agreed, `Согласовано ${label}`, user.login, JSON.stringify(frozen))
    const event: ReviewEvent = { state: ReviewState.agreed, by: user.login, byName: user.name, at: at.toISOString(), versionId: version.id, ...(open > 0 ? { override: true, comment: `Согласовано при ${open} открытых замечаниях` } : {}) }
    await this.record(board, event)
    return event
  }

  async reopen (boardId: string, user: UserRecord): Promise<void> {
    const board = this.requireOwner(boardId, user)
    if (board.review?.state !== ReviewState.agreed && board.review?.state !== ReviewState.review) throw DomainError.conflict('Доска уже в черновике.')
    await this.record(board, { state: ReviewState.draft, by: user.login, byName: user.name, at: this.now().toISOString() })
  }

  private async record (board: BoardRecord, event: ReviewEvent): Promise<void> {
    await this.meta.update(data => {
      const target = data.boards.find(b => b.id === board.id)!
      const history = [...(target.review?.history ?? []), event]
      target.review = { state: event.state, history }
    })
    const review = this.boards.record(board.id)!.review!
    await this.hub.change(board.documents.annotations, (doc: Y.Doc) => {
      const map = doc.getMap<unknown>(REVIEW_KEY)
      map.set('state', review.state)
      map.set('history', review.history)
    })
    this.hub.reauthorize(principal => this.boards.accessOf(principal))
  }

  private requireOwner (boardId: string, user: UserRecord): BoardRecord {
    const board = this.boards.record(boardId)
    const role = board ? this.boards.roleOf(user, boardId) : null
    if (!board || !role) throw DomainError.notFound('Доска не найдена или у вас нет к ней доступа.')
    if (role !== Role.owner) throw DomainError.forbidden('Согласованием доски управляет её владелец.')
    return board
  }
}
