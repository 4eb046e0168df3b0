import { randomBytes } from 'node:crypto'
import * as Y from 'yjs'
import { createUserRequest } from '../../shared/api'
import { parseAcademicYear } from '../../shared/academicYear'
import { AuditAction } from '../../shared/audit'
import { passwordProblem } from '../../shared/auth/passwordStrength'
import { boardTitleText } from '../../shared/board/boardDocs'
import { applyImportedPlan } from '../../shared/plan/applyImportedPlan'
import { importPlanCsv } from '../../shared/plan/importPlanCsv'
import { importPlanText } from '../../shared/plan/importPlanText'
import { decodeText } from '../../shared/text/decodeText'
import type { ImportedPlan } from '../../shared/plan/importedPlan'
import { rolloverPlan } from '../../shared/plan/rolloverPlan'
import { copyRegistry } from '../../shared/registry/copyRegistry'
import { ImportMode } from '../../shared/report/importedReport'
import { rolloverReport } from '../../shared/report/rolloverReport'
import { Role, isRole } from '../../shared/roles'
import { DomainError } from '../errors/DomainError'
import type { OpenServices } from '../openServices'
import { boardTitle } from '../services/Boards'
import { importReportIntoBoard, reportImportSummary } from '../services/ReportImport'
import type { BoardRecord } from '../storage/MetaData'
import { BackupService } from './BackupService'
import type { CliRequest, CliResponse } from './cliProtocol'
import { exportBoard } from './exportBoard'

/**
 * What administrators do from the command line, run inside whichever process
 * owns the data (the server, or the CLI itself when no server runs). Every
 * document change goes through the sync hub, so people editing at that moment
 * see it and lose nothing.
 */
export class AdminOps {
  private readonly backups: BackupService

  constructor (private readonly s: OpenServices) {
    this.backups = new BackupService(s)
  }

  async run (request: CliRequest): Promise<CliResponse> {
    try {
      const response = await this.dispatch(request)
      if (response.ok) await this.audit(request)
      return response
    } catch (error) {
      if (error instanceof DomainError) return { ok: false, error: error.message, code: error.code }
      throw error
    }
  }

  /** A board by id, or by «район 2023-2024» / its title when that is unambiguous. */
  findBoard (ref: string): BoardRecord {
    const boards = this.s.meta.data.boards
    const byId = boards.find(b => b.id === ref)
    if (byId) return byId
    const norm = (text: string) => text.toLocaleLowerCase('ru').replace(/[–—]/g, '-').replace(/[\s,]+/g, ' ').trim()
    const matches = boards.filter(b => [boardTitle(b), `${b.district} ${b.year}`].some(name => norm(name) === norm(ref)))
    if (matches.length === 1) return matches[0]
    if (matches.length > 1) throw DomainError.validation(`Доске «${ref}» соответствует несколько досок: укажите id (${matches.map(b => b.id).join(', ')}).`)
    throw DomainError.notFound(`Доска «${ref}» не найдена. Список досок: ${boards.map(b => `${b.id} (${boardTitle(b)})`).join('; ') || 'нет досок'}.`)
  }

  private async dispatch (request: CliRequest): Promise<CliResponse> {
    switch (request.op) {
      case 'export': {
        const board = this.findBoard(request.board)
        const files = await exportBoard(this.s, board, request.format, request.what, { columns: request.columns })
        return { ok: true, lines: files.map(f => `Готово: ${f.name}`), files: files.map(f => ({ name: f.name, content: Buffer.from(f.bytes).toString('base64') })) }
      }
      case 'import-plan':
        return this.importPlan(request)
      case 'import-report':
        return this.importReport(request)
      case 'backup': {
        const backup = await this.backups.backupAll()
        const name = `planerka-backup-${new Date().toISOString().slice(0, 10)}.json`
        return { ok: true, lines: [`Досок: ${backup.boards.length}, пользователей: ${backup.users?.length ?? 0}`], files: [{ name, content: Buffer.from(JSON.stringify(backup)).toString('base64') }] }
      }
      case 'restore': {
        const result = await this.backups.restore(Buffer.from(request.content, 'base64').toString('utf8'))
        if (!result.ok) return result
        return { ok: true, lines: result.lines }
      }
      case 'rollover': {
        const board = await this.rollover(this.findBoard(request.board), 'admin')
        return { ok: true, lines: [`Создана доска «${boardTitle(board)}»`, board.id] }
      }
      case 'users-list':
        return { ok: true, lines: this.s.accounts.list().map(u => `${u.login}\t${u.name}\t${u.isAdmin ? 'администратор' : ''}\t${u.active ? 'активен' : 'отключён'}`) }
      case 'users-create': {
        const password = request.password ?? randomBytes(9).toString('base64url')
        const parsed = createUserRequest.safeParse({ login: request.login, name: request.name, password, isAdmin: request.admin })
        if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'Некорректные данные пользователя.' }
        await this.s.accounts.create(parsed.data)
        return { ok: true, lines: [`Создан пользователь ${request.login}`, ...(request.password ? [] : [`пароль: ${password}`])] }
      }
      case 'users-reset-password': {
        const password = request.password ?? randomBytes(9).toString('base64url')
        const weak = passwordProblem(password)
        if (weak) return { ok: false, error: weak }
        await this.s.accounts.update(request.login, { password })
        this.reauthorize()
        return { ok: true, lines: [`Пароль пользователя ${request.login} изменён`, ...(request.password ? [] : [`пароль: ${password}`])] }
      }
      case 'users-set-active':
        await this.s.accounts.update(request.login, { active: request.active })
        this.reauthorize()
        return { ok: true, lines: [`${request.login}: ${request.active ? 'включён' : 'отключён'}`] }
      case 'users-set-role': {
        const board = this.findBoard(request.board)
        const admin = this.s.accounts.find('admin')!
        if (request.role === 'none') await this.s.boards.removeMember(board.id, request.login, admin)
        else if (isRole(request.role)) await this.s.boards.setMember(board.id, request.login, request.role, admin)
        this.reauthorize()
        return { ok: true, lines: [`${request.login} на доске «${boardTitle(board)}»: ${request.role}`] }
      }
    }
  }

  private async importPlan (request: Extract<CliRequest, { op: 'import-plan' }>): Promise<CliResponse> {
    const bytes = Buffer.from(request.content, 'base64')
    const parsed = await readPlanFile(request.fileName, bytes)
    if (!parsed.ok) return parsed
    let board: BoardRecord
    if (request.board) board = this.findBoard(request.board)
    else if (request.newBoard) {
      const year = parseAcademicYear(request.newBoard.year)
      if (!year.ok) return { ok: false, error: year.error }
      const created = await this.s.boards.create({ district: request.newBoard.district, year: request.newBoard.year }, this.s.accounts.find('admin')!)
      board = this.s.boards.record(created.id)!
    } else return { ok: false, error: 'Укажите доску (--board) или новую доску (--new-board «Район» --year 2023-2024).' }
    let counts = { sections: 0, items: 0 }
    const parts = await this.s.hub.change(board.documents.plan, doc => { counts = applyImportedPlan(doc, parsed.plan) })
    if (!parts) return { ok: false, error: 'Документ плана повреждён на сервере: импорт не выполнен.' }
    await this.s.versions.recordAuthors(board.id, ['admin'], parts)
    return {
      ok: true,
      lines: [
        `Импортировано: разделов ${counts.sections}, пунктов ${counts.items}`,
        ...parsed.plan.problems.map(p => `строка ${p.line}: ${p.message}`),
        board.id,
      ],
    }
  }

  private async importReport (request: Extract<CliRequest, { op: 'import-report' }>): Promise<CliResponse> {
    const { runImport } = await import('../import/runImport')
    const parsed = await runImport({ kind: 'report-docx', bytes: Buffer.from(request.content, 'base64') })
    if (!parsed.ok) return parsed
    const board = await this.boardForImport(request)
    if (!board.ok) return board
    const mode = request.append ? ImportMode.append : ImportMode.replace
    // A board made by this command holds only the template: nothing to keep as a version.
    const outcome = await importReportIntoBoard(this.s, board.board, parsed.report, mode, 'admin', { keepPrior: !board.created })
    return { ok: true, lines: [...reportImportSummary(parsed.report, outcome), board.board.id] }
  }

  private async boardForImport (request: { board?: string; newBoard?: { district: string; year: string } }): Promise<{ ok: true; board: BoardRecord; created: boolean } | { ok: false; error: string }> {
    if (request.board) return { ok: true, board: this.findBoard(request.board), created: false }
    if (!request.newBoard) return { ok: false, error: 'Укажите доску (--board) или новую доску (--new-board «Район» --year 2023-2024).' }
    const year = parseAcademicYear(request.newBoard.year)
    if (!year.ok) return { ok: false, error: year.error }
    const created = await this.s.boards.create({ district: request.newBoard.district, year: request.newBoard.year }, this.s.accounts.find('admin')!)
    return { ok: true, board: this.s.boards.record(created.id)!, created: true }
  }

  /** «Новый учебный год»: next year's board from this one (plan, registry, report template, members). */
  async rollover (board: BoardRecord, actorLogin: string): Promise<BoardRecord> {
    const year = parseAcademicYear(board.year)
    if (!year.ok) throw DomainError.validation(year.error)
    const nextYear = `${year.year.startYear + 1}-${year.year.startYear + 2}`
    const next = this.s.boards.newRecord(board.district, nextYear, actorLogin)
    // The organisation, its signatories and the council's protocol go on to next year's documents.
    if (board.settings) next.settings = structuredClone(board.settings)
    const plan = await this.s.hub.snapshot(board.documents.plan)
    const report = await this.s.hub.snapshot(board.documents.report)
    if (!plan || !report) throw DomainError.damaged('Документы доски повреждены: перенос невозможен.')
    const nextPlan = new Y.Doc()
    boardTitleText(nextPlan).insert(0, boardTitle(next))
    rolloverPlan(plan, nextPlan, year.year)
    copyRegistry(plan, nextPlan)
    const nextReport = new Y.Doc()
    rolloverReport(report, nextReport)
    const members = this.s.boards.membersOf(board.id)
    if (!members.some(m => m.login === actorLogin && m.role === Role.owner)) members.push({ login: actorLogin, role: Role.owner })
    await this.s.boards.insert(next, members.filter((m, i) => members.findIndex(n => n.login === m.login) === i), {
      plan: Y.encodeStateAsUpdate(nextPlan),
      report: Y.encodeStateAsUpdate(nextReport),
    })
    return next
  }

  /** The command line's changes in the audit log, as the REST ones are (http/auditTrail.ts); passwords never. */
  private async audit (request: CliRequest): Promise<void> {
    const entry = ((): { action: AuditAction; target?: string; details?: string } | null => {
      switch (request.op) {
        case 'export': return { action: AuditAction.exported, target: request.board, details: `${request.what} ${request.format}` }
        case 'backup': return { action: AuditAction.exported, details: 'резервная копия всех досок' }
        case 'restore': return { action: AuditAction.backupRestored }
        case 'users-create': return { action: AuditAction.userCreated, details: `${request.login}${request.admin ? ' (администратор)' : ''}` }
        case 'users-reset-password': return { action: AuditAction.userChanged, details: `${request.login}: password` }
        case 'users-set-active': return { action: AuditAction.userChanged, details: `${request.login}: active=${String(request.active)}` }
        case 'users-set-role': return { action: request.role === 'none' ? AuditAction.memberRemoved : AuditAction.roleChanged, target: request.board, details: `${request.login}: ${request.role}` }
        default: return null
      }
    })()
    if (entry) await this.s.audit.record({ ...entry, actor: 'cli' })
  }

  private reauthorize (): void {
    this.s.hub.reauthorize(principal => this.s.boards.accessOf(principal))
  }
}

async function readPlanFile (fileName: string, bytes: Buffer): Promise<{ ok: true; plan: ImportedPlan } | { ok: false; error: string }> {
  const lower = fileName.toLowerCase()
  if (lower.endsWith('.doc')) return { ok: false, error: 'Файл в старом формате .doc: сохраните его как .docx (Файл → Сохранить как → Документ Word) и загрузите снова.' }
  if (lower.endsWith('.docx')) {
    const { runImport } = await import('../import/runImport')
    return runImport({ kind: 'plan-docx', bytes })
  }
  if (lower.endsWith('.csv')) return { ok: true, plan: importPlanCsv(decodeText(bytes)) }
  if (lower.endsWith('.txt') || lower.endsWith('.tsv')) {
    return { ok: true, plan: importPlanText(decodeText(bytes)) }
  }
  return { ok: false, error: `Неизвестный формат файла «${fileName}»: поддерживаются .docx, .csv, .txt и .tsv.` }
}
