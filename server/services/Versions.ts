import { randomBytes } from 'node:crypto'
import * as Y from 'yjs'
import { parseAcademicYear } from '../../shared/academicYear'
import { readPlan } from '../../shared/plan/planSnapshot'
import { readRegistry } from '../../shared/registry/registrySnapshot'
import { readReport } from '../../shared/report/reportSnapshot'
import { attributeDiff } from '../../shared/review/attributeDiff'
import { isAttributedPart } from '../../shared/review/partNames'
import { diffVersions } from '../../shared/review/diffVersions'
import { planDocLayout, reportDocLayout } from '../../shared/review/docLayouts'
import { restoreDoc } from '../../shared/review/restoreDoc'
import { VersionKind, type VersionDiff, type VersionInfo } from '../../shared/review/versionModel'
import { DomainError } from '../errors/DomainError'
import type { BoardRecord } from '../storage/MetaData'
import { authorLogins } from '../storage/authorMinutes'
import { VersionIdTaken } from '../storage/VersionIdTaken'
import type { VersionStore } from '../storage/VersionStore'
import type { SyncHub } from '../sync/SyncHub'
import type { Principal } from '../sync/SyncSocket'
import type { Boards } from './Boards'

/** At most one automatic version per board per hour (the first an hour after its creation), and only while people edit. */
const AUTO_VERSION_INTERVAL_MS = 60 * 60 * 1000

/**
 * Versions: states of the plan and the report, with the people whose edits
 * each contains. Encoded states rather than Yjs snapshots over a gc-off
 * document: the live documents keep garbage collection (they stay small
 * however long the year). The store keeps most versions as the update since
 * the previous one (measured: 38 KiB per hourly version of a 300-item plan
 * and a 60-page report, 15 MiB for 400 versions, against 500 KiB each when
 * stored whole — bench/versionStorage.ts).
 */
export class Versions {
  private readonly lastVersionAt = new Map<string, number>()
  private readonly autoInFlight = new Set<string>()
  /** Authorship promises onAuthored has already followed (to the automatic version, the log). */
  private readonly followed = new WeakSet<Promise<void>>()
  /** Background work (authorship, automatic versions), awaited before the data is closed. */
  private readonly pending = new Set<Promise<void>>()

  constructor (
    readonly store: VersionStore,
    private readonly boards: Boards,
    private readonly hub: SyncHub,
    private readonly log: (message: string) => void,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** From the sync core: someone's update changed a document of a board. */
  onAuthored (principal: Principal, parts: string[] = []): void {
    const boardId = principal.boardId
    const at = this.now()
    const recorded = this.record(boardId, principal.login, at, parts)
    // Most edits add nothing: the store answers the promise of this person's minute already followed, and the
    // board's automatic version is not due. Following each one again was 19 MB of the 356 MB the server allocated
    // in a 12 s window at 2,000 connections (bench row e, BENCH_ALLOC_PROFILE).
    if (this.followed.has(recorded) && !this.autoVersionMayBeDue(boardId, at.getTime())) return
    this.followed.add(recorded)
    // The author is on record before an automatic version asks who edited.
    const work = recorded
      .then(() => this.maybeAutoVersion(boardId))
      .catch(error => this.log(`Авторство или автоматическая версия не записаны: ${String(error)}`))
    this.pending.add(work)
    void work.finally(() => this.pending.delete(work))
  }

  /** People whose change the server applied for them (an accepted suggestion: the proposer and the accepter; a restore, an import). */
  async recordAuthors (boardId: string, logins: string[], parts: string[] = []): Promise<void> {
    const at = this.now()
    for (const login of logins) await this.record(boardId, login, at, parts)
  }

  /** Authorship keeps the plan items and report sections a comparison attributes, not every record changed. */
  private record (boardId: string, login: string, at: Date, parts: string[]): Promise<void> {
    return this.store.recordAuthor(boardId, login, at, parts.filter(isAttributedPart))
  }

  /** Waits for background writes (before the server stops). */
  async drain (): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending])
  }

  list (boardId: string): Promise<VersionInfo[]> {
    return this.store.list(boardId)
  }

  async create (board: BoardRecord, kind: VersionKind, name: string, by: string, frozen?: string, id?: string): Promise<VersionInfo> {
    const plan = await this.hub.snapshot(board.documents.plan)
    const report = await this.hub.snapshot(board.documents.report)
    if (!plan || !report) throw DomainError.damaged('Документы доски повреждены: версия не создана.')
    const previous = (await this.store.list(board.id)).at(-1)
    const createdAt = this.now()
    const info: VersionInfo = {
      id: id ?? `v${createdAt.getTime().toString(36)}${randomBytes(3).toString('hex')}`,
      kind,
      name,
      createdAt: createdAt.toISOString(),
      createdBy: by,
      authors: authorLogins(await this.store.changesBetween(board.id, previous ? new Date(previous.createdAt) : null, createdAt)),
      size: 0,
    }
    await this.store.save(board.id, info, { plan: Y.encodeStateAsUpdate(plan), report: Y.encodeStateAsUpdate(report), frozen })
    this.lastVersionAt.set(board.id, createdAt.getTime())
    return info
  }

  /** A version as plain data (plan, report, registry) to show read-only. */
  async view (board: BoardRecord, versionId: string) {
    const { plan, report, frozen } = await this.loadDocs(board.id, versionId)
    return { plan: readPlan(plan), report: readReport(report), registry: readRegistry(plan), frozen: frozen ? JSON.parse(frozen) as unknown : null }
  }

  /**
   * Any two states: two versions (either order) or a version and the live
   * board, with who edited the board between them and when each end was.
   */
  async diff (board: BoardRecord, fromId: string, toId: string | 'current', nameOf: (login: string) => string = login => login): Promise<VersionDiff> {
    const list = await this.store.list(board.id)
    const end = (id: string) => {
      const info = list.find(v => v.id === id)
      if (!info) throw DomainError.notFound('Версия не найдена.')
      return { id, name: info.name, at: info.createdAt }
    }
    const from = end(fromId)
    const to = toId === 'current' ? { id: 'current', name: 'Текущее состояние', at: this.now().toISOString() } : end(toId)
    const fromDocs = await this.loadDocs(board.id, fromId)
    const toDocs = toId === 'current' ? await this.currentDocs(board) : await this.loadDocs(board.id, toId)
    const [early, late] = from.at <= to.at ? [from, to] : [to, from]
    // Authorship is kept per minute: whoever edited in the minute of the earlier end is listed too (rather than missed).
    const minutes = await this.store.changesBetween(board.id, new Date(early.at), new Date(late.at))
    return { ...attributeDiff(diffVersions(fromDocs, toDocs), minutes, nameOf), from, to, authors: authorLogins(minutes).map(login => ({ login, name: nameOf(login) })) }
  }

  /**
   * Brings a version back as a new change on top. The state just before is
   * saved as a version first, so restoring that one undoes the restore.
   */
  async restore (board: BoardRecord, versionId: string, by: string): Promise<VersionInfo> {
    const target = await this.loadDocs(board.id, versionId)
    const name = (await this.store.list(board.id)).find(v => v.id === versionId)?.name ?? versionId
    const before = await this.create(board, VersionKind.restore, `Перед восстановлением «${name}»`, by)
    const planParts = await this.hub.change(board.documents.plan, doc => restoreDoc(doc, target.plan, planDocLayout))
    const reportParts = await this.hub.change(board.documents.report, doc => restoreDoc(doc, target.report, reportDocLayout))
    if (!planParts || !reportParts) throw DomainError.damaged('Документы доски повреждены: восстановление не выполнено.')
    await this.recordAuthors(board.id, [by], [...planParts, ...reportParts])
    return before
  }

  /** Not yet known, or an hour since the last version: maybeAutoVersion has something to look at. */
  private autoVersionMayBeDue (boardId: string, now: number): boolean {
    const known = this.lastVersionAt.get(boardId)
    return known === undefined || now - known >= AUTO_VERSION_INTERVAL_MS
  }

  private async maybeAutoVersion (boardId: string): Promise<void> {
    if (this.autoInFlight.has(boardId) || !this.autoVersionMayBeDue(boardId, this.now().getTime())) return
    const board = this.boards.record(boardId)
    if (!board) return
    this.autoInFlight.add(boardId)
    try {
      // Read again from the store: another instance may have made the hour's version since this one last looked.
      // A board without versions counts its hour from its creation: a version of the first minutes would hold
      // next to nothing, and after a start with many new boards (a district's rollover, an import) their first
      // edits would all snapshot at once on the sync path (seen as 1 s of a 10 s window at 400 boards).
      const last = (await this.store.list(boardId)).at(-1)
      this.lastVersionAt.set(boardId, Date.parse(last?.createdAt ?? board.createdAt) || 0)
      if (this.now().getTime() - this.lastVersionAt.get(boardId)! < AUTO_VERSION_INTERVAL_MS) return
      const label = this.now().toLocaleString('ru-RU', { timeZone: 'Europe/Moscow', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' })
      // One id per predecessor: instances that decide at the same moment save the same id, and the store keeps the first.
      await this.create(board, VersionKind.auto, `Автоматически, ${label}`, 'planerka', undefined, `auto-after-${last?.id ?? 'start'}`)
    } catch (error) {
      if (!(error instanceof VersionIdTaken)) throw error
      const last = (await this.store.list(boardId)).at(-1)
      if (last) this.lastVersionAt.set(boardId, Date.parse(last.createdAt))
    } finally {
      this.autoInFlight.delete(boardId)
    }
  }

  private async loadDocs (boardId: string, versionId: string): Promise<{ plan: Y.Doc; report: Y.Doc; frozen?: string }> {
    const states = await this.store.load(boardId, versionId)
    if (!states) throw DomainError.notFound('Версия не найдена.')
    const plan = new Y.Doc()
    const report = new Y.Doc()
    Y.applyUpdate(plan, states.plan)
    Y.applyUpdate(report, states.report)
    return { plan, report, frozen: states.frozen }
  }

  private async currentDocs (board: BoardRecord): Promise<{ plan: Y.Doc; report: Y.Doc }> {
    const plan = await this.hub.snapshot(board.documents.plan)
    const report = await this.hub.snapshot(board.documents.report)
    if (!plan || !report) throw DomainError.damaged('Документы доски повреждены.')
    return { plan, report }
  }

  /** The academic year of a board (for views that compute generated content). */
  static yearOf (board: BoardRecord) {
    const parsed = parseAcademicYear(board.year)
    return parsed.ok ? parsed.year : { startYear: Number(board.year.slice(0, 4)) }
  }
}
