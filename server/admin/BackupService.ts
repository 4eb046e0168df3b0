import * as Y from 'yjs'
import { isRole, Role } from '../../shared/roles'
import { hashPassword } from '../auth/passwords'
import type { OpenServices } from '../openServices'
import type { BoardRecord, UserRecord } from '../storage/MetaData'
import { BACKUP_FORMAT, BACKUP_VERSION, backupSchema, type Backup, type BackupBoard } from './backupFormat'
import { randomBytes } from 'node:crypto'

type Result = { ok: true; lines: string[] } | { ok: false; error: string }

/**
 * Backups and restores. Documents are read through the hub, so a backup
 * taken while people edit includes what they typed a moment ago.
 *
 * A restore writes documents under new names (the next generation): a
 * browser's offline copy of the old document would otherwise merge stale
 * content back into the restored one.
 */
export class BackupService {
  constructor (private readonly s: OpenServices) {}

  async backupAll (): Promise<Backup> {
    const boards = await Promise.all(this.s.meta.data.boards.map(board => this.boardEntry(board)))
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      kind: 'full',
      createdAt: new Date().toISOString(),
      users: this.s.meta.data.users.map(u => ({ ...u })),
      boards,
    }
  }

  async backupBoard (board: BoardRecord): Promise<Backup> {
    return { format: BACKUP_FORMAT, version: BACKUP_VERSION, kind: 'board', createdAt: new Date().toISOString(), boards: [await this.boardEntry(board)] }
  }

  async restore (json: string): Promise<Result> {
    let raw: unknown
    try {
      raw = JSON.parse(json)
    } catch {
      return { ok: false, error: 'Файл не является резервной копией Планёрки: некорректный JSON.' }
    }
    const parsed = backupSchema.safeParse(raw)
    if (!parsed.success) {
      const version = (raw as { version?: unknown })?.version
      if (typeof version === 'number' && version > BACKUP_VERSION) {
        return { ok: false, error: `Резервная копия сделана более новой версией Планёрки (формат ${version}); обновите программу.` }
      }
      return { ok: false, error: `Файл не является резервной копией Планёрки: ${parsed.error.issues[0]?.path.join('.')} — ${parsed.error.issues[0]?.message}` }
    }
    const backup = parsed.data
    for (const board of backup.boards) {
      for (const [concern, state] of Object.entries(board.documents)) {
        if (!decodes(state)) return { ok: false, error: `Документ «${concern}» доски ${board.id} в резервной копии повреждён: восстановление не выполнено.` }
      }
    }
    const lines: string[] = []
    if (backup.kind === 'full' && backup.users) await this.restoreUsers(backup.users)
    else await this.ensureMembersExist(backup.boards, lines)
    for (const board of backup.boards) await this.restoreBoard(board)
    if (backup.kind === 'full') {
      // Back to the state of the copy: boards made after it leave the list (their files stay in docs/).
      const kept = new Set(backup.boards.map(b => b.id))
      const removed = this.s.meta.data.boards.filter(b => !kept.has(b.id))
      if (removed.length > 0) {
        await this.s.meta.update(data => {
          data.boards = data.boards.filter(b => kept.has(b.id))
          data.members = data.members.filter(m => kept.has(m.boardId))
        })
        lines.push(`Убраны доски, которых нет в копии: ${removed.map(b => `${b.district} ${b.year} (${b.id})`).join(', ')}`)
      }
    }
    // Everyone reconnects to the new document names (and, after a full restore, signs in again).
    this.s.hub.reauthorize(principal => this.s.boards.accessOf(principal))
    lines.unshift(`Восстановлено досок: ${backup.boards.length}${backup.kind === 'full' ? `, пользователей: ${backup.users?.length ?? 0}` : ''}`)
    return { ok: true, lines }
  }

  private async boardEntry (board: BoardRecord): Promise<BackupBoard> {
    const documents: Record<string, string> = {}
    for (const [concern, name] of Object.entries(board.documents)) {
      const doc = await this.s.hub.snapshot(name)
      if (!doc) throw new Error(`Документ ${name} повреждён: резервная копия не создана.`)
      documents[concern] = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64')
    }
    const versions: NonNullable<BackupBoard['versions']> = []
    for (const info of await this.s.versions.list(board.id)) {
      const states = await this.s.versions.store.load(board.id, info.id)
      if (!states) continue
      versions.push({ info, plan: Buffer.from(states.plan).toString('base64'), report: Buffer.from(states.report).toString('base64'), frozen: states.frozen })
    }
    return {
      id: board.id,
      district: board.district,
      year: board.year,
      createdAt: board.createdAt,
      createdBy: board.createdBy,
      review: board.review,
      ...(board.settings ? { settings: board.settings } : {}),
      members: this.s.meta.data.members.filter(m => m.boardId === board.id).map(m => ({ login: m.login, name: this.s.accounts.find(m.login)?.name, role: m.role })),
      documents,
      versions,
    }
  }

  private async restoreUsers (users: UserRecord[]): Promise<void> {
    await this.s.meta.update(data => {
      data.users = users.map(u => ({ ...u }))
      data.sessions = []
    })
  }

  /** A board backup brought to another installation: members missing here are created disabled. */
  private async ensureMembersExist (boards: BackupBoard[], lines: string[]): Promise<void> {
    for (const member of boards.flatMap(b => b.members)) {
      if (this.s.accounts.find(member.login)) continue
      const passwordHash = await hashPassword(randomBytes(18).toString('base64url'))
      await this.s.meta.update(data => {
        data.users.push({ login: member.login, name: member.name ?? member.login, isAdmin: false, active: false, passwordHash, createdAt: new Date().toISOString() })
      })
      lines.push(`Пользователь ${member.login} создан отключённым: включите его и задайте пароль.`)
    }
  }

  private async restoreBoard (entry: BackupBoard): Promise<void> {
    const existing = this.s.boards.record(entry.id)
    const taken = new Set(await this.s.docStore.list())
    const documents = { plan: '', report: '', annotations: '' } as BoardRecord['documents']
    for (const concern of ['plan', 'report', 'annotations'] as const) {
      documents[concern] = nextGeneration(entry.id, concern, [existing?.documents[concern], ...taken], taken)
      const state = entry.documents[concern]
      await this.s.docStore.save(documents[concern], state ? Buffer.from(state, 'base64') : Y.encodeStateAsUpdate(new Y.Doc()))
    }
    const record: BoardRecord = {
      id: entry.id,
      district: entry.district,
      year: entry.year,
      createdAt: entry.createdAt,
      createdBy: entry.createdBy,
      documents,
      review: entry.review ?? { state: 'draft', history: [] },
      ...(entry.settings ? { settings: entry.settings } : {}),
    }
    const members = entry.members.filter(m => isRole(m.role)).map(m => ({ login: m.login, role: m.role as Role }))
    // Versions are immutable: those already here are kept, the missing ones added.
    const known = new Set((await this.s.versions.list(entry.id)).map(v => v.id))
    for (const version of entry.versions ?? []) {
      if (known.has(version.info.id)) continue
      await this.s.versions.store.save(entry.id, version.info, { plan: Buffer.from(version.plan, 'base64'), report: Buffer.from(version.report, 'base64'), frozen: version.frozen })
    }
    await this.s.meta.update(data => {
      data.boards = data.boards.filter(b => b.id !== entry.id)
      data.members = data.members.filter(m => m.boardId !== entry.id)
      data.boards.push(record)
      for (const member of members) data.members.push({ boardId: entry.id, ...member })
    })
  }
}

/** `<board>-<concern>-<n+1>` past every generation already used. */
function nextGeneration (boardId: string, concern: string, names: Array<string | undefined>, taken: Set<string>): string {
  const pattern = new RegExp(`^${boardId}-${concern}-(\\d+)$`)
  let highest = 0
  for (const name of names) {
    const m = name ? pattern.exec(name) : null
    if (m) highest = Math.max(highest, Number(m[1]))
  }
  let next = `${boardId}-${concern}-${highest + 1}`
  while (taken.has(next)) next = `${boardId}-${concern}-${++highest + 1}`
  return next
}

function decodes (base64: string): boolean {
  try {
    Y.applyUpdate(new Y.Doc(), Buffer.from(base64, 'base64'))
    return true
  } catch {
    return false
  }
}
