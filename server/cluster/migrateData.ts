import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type pg from 'pg'
import * as Y from 'yjs'
import { acquireDataLock, type LockResult } from '../dataLock'
import type { DocStore } from '../storage/DocStore'
import { LogDocStore } from '../storage/log/LogDocStore'
import { FileVersionStore } from '../storage/FileVersionStore'
import { LowMetaStore } from '../storage/LowMetaStore'
import type { MetaData } from '../storage/MetaData'
import type { MetaStore } from '../storage/MetaStore'
import { END_OF_TIME, type VersionStore } from '../storage/VersionStore'
import { openDatabase } from './pgDatabase'
import { PgDocStore } from './PgDocStore'
import { PgMetaStore } from './PgMetaStore'
import { PgVersionStore } from './PgVersionStore'
import { PgAuditLog } from './PgAuditLog'
import type { AuditLog } from '../audit/AuditLog'
import { FileAuditLog } from '../audit/FileAuditLog'

/** One side of a migration: a data folder or a PostgreSQL database. */
export interface DataSide {
  label: string
  meta: MetaStore
  docs: DocStore
  versions: VersionStore
  audit: AuditLog
  close (): Promise<void>
}

/** Far above any real log (a district writes a few thousand events a year); the whole log is copied. */
const AUDIT_COPY_LIMIT = 100_000_000

export type MigrateResult = { ok: true; lines: string[] } | { ok: false; error: string }

/** Opens a data folder; refuses one a running server or CLI holds. */
export async function openFolderSide (dataDir: string, { create }: { create: boolean }): Promise<DataSide | string> {
  const dir = resolve(dataDir)
  if (create) await mkdir(dir, { recursive: true, mode: 0o700 })
  let lock: LockResult
  try {
    lock = await acquireDataLock(dir, { kind: 'cli' })
  } catch (error) {
    return `папка ${dir} недоступна: ${(error as Error).message}`
  }
  if (!lock.ok) return `папка ${dir} занята (процесс ${lock.holder.pid}, ${lock.holder.kind}). Остановите сервер и повторите.`
  try {
    const meta = await LowMetaStore.open(join(dir, 'db.json'))
    const versions = new FileVersionStore(join(dir, 'versions'))
    // Snapshots and the log together: a folder left by a killed server has edits only in its log.
    const docs = await LogDocStore.openFolder(dir)
    return {
      label: dir,
      meta,
      docs,
      versions,
      audit: new FileAuditLog(join(dir, 'audit.jsonl'), () => {}),
      async close () {
        await docs.close()
        await meta.close()
        await lock.release()
      },
    }
  } catch (error) {
    await lock.release()
    return (error as Error).message
  }
}

export async function openDatabaseSide (url: string): Promise<DataSide | string> {
  let pool: pg.Pool
  try {
    pool = await openDatabase(url, () => {})
  } catch (error) {
    return (error as Error).message
  }
  const meta = await PgMetaStore.open(pool, url)
  return {
    label: 'PostgreSQL',
    meta,
    docs: new PgDocStore(pool),
    versions: new PgVersionStore(pool),
    audit: new PgAuditLog(pool, () => {}),
    async close () {
      await meta.close()
      await pool.end()
    },
  }
}

/**
 * Copies everything from one side to an empty other side, then reads both
 * back and compares every board's documents (plan, report, annotations),
 * members, review history and versions, and the users. Refuses a target
 * that already holds boards or users, so nothing there is overwritten.
 */
export async function copyData (from: DataSide, to: DataSide): Promise<MigrateResult> {
  if (to.meta.data.boards.length > 0 || to.meta.data.users.length > 0) {
    return { ok: false, error: `${to.label} уже содержит данные (${to.meta.data.users.length} пользователей, ${to.meta.data.boards.length} досок). Перенос идёт только в пустое хранилище: запустите его до первого старта экземпляров.` }
  }
  const source = structuredClone(from.meta.data)
  const names = await from.docs.list()
  for (const name of names) {
    const loaded = await from.docs.load(name)
    if (!loaded.ok) return { ok: false, error: `${loaded.error.message}. Ничего не перенесено в документы после него; восстановите файл и повторите.` }
    if (loaded.state) await to.docs.save(name, loaded.state)
  }
  let versionCount = 0
  for (const board of source.boards) {
    for (const info of await from.versions.list(board.id)) {
      const states = await from.versions.load(board.id, info.id)
      if (!states) return { ok: false, error: `Версия ${info.id} доски ${board.id} не читается` }
      await to.versions.save(board.id, info, states)
      versionCount++
    }
    // Authorship is copied as recorded: who edited each board when, and what.
    for (const { login, at, parts } of await from.versions.changesBetween(board.id, null, END_OF_TIME)) await to.versions.recordAuthor(board.id, login, at, parts)
  }
  const events = (await from.audit.recent(AUDIT_COPY_LIMIT)).reverse()
  for (const event of events) await to.audit.record(event)
  // Metadata last: a target with users and boards is a finished copy.
  await to.meta.update(data => { Object.assign(data, structuredClone(source)) })
  const problems = await compare(from, to, names)
  if (problems.length > 0) return { ok: false, error: `Копия отличается от источника:\n${problems.join('\n')}` }
  return {
    ok: true,
    lines: [
      `Перенесено из ${from.label} в ${to.label}: пользователей ${source.users.length}, досок ${source.boards.length}, документов ${names.length}, версий ${versionCount}, записей журнала аудита ${events.length}.`,
      'Проверено: документы, участники, замечания, история согласования и версии каждой доски совпадают.',
    ],
  }
}

/** Every difference between the two sides, one line each. */
async function compare (a: DataSide, b: DataSide, names?: string[]): Promise<string[]> {
  const problems: string[] = []
  const metaA = comparable(a.meta.data)
  const metaB = comparable(b.meta.data)
  for (const key of new Set([...Object.keys(metaA), ...Object.keys(metaB)])) {
    if (canonical(metaA[key]) !== canonical(metaB[key])) problems.push(`метаданные «${key}» различаются`)
  }
  const docNames = names ?? await a.docs.list()
  const otherNames = await b.docs.list()
  if (JSON.stringify([...docNames].sort()) !== JSON.stringify(otherNames)) problems.push('списки документов различаются')
  for (const name of docNames) {
    const [x, y] = await Promise.all([a.docs.load(name), b.docs.load(name)])
    if (!x.ok || !y.ok || !sameDoc(x.state, y.state)) problems.push(`документ ${name} различается`)
  }
  const [auditA, auditB] = await Promise.all([a.audit.recent(AUDIT_COPY_LIMIT), b.audit.recent(AUDIT_COPY_LIMIT)])
  // jsonb keeps an object's keys in its own order: compare with the keys sorted.
  if (canonical(auditA) !== canonical(auditB)) problems.push('журнал аудита различается')
  for (const board of a.meta.data.boards) {
    const [listA, listB] = await Promise.all([a.versions.list(board.id), b.versions.list(board.id)])
    const ids = (list: typeof listA) => list.map(v => `${v.id}:${v.name}:${v.createdAt}`).join('|')
    if (ids(listA) !== ids(listB)) problems.push(`версии доски ${board.id} различаются`)
    for (const info of listA) {
      const [x, y] = await Promise.all([a.versions.load(board.id, info.id), b.versions.load(board.id, info.id)])
      if (!x || !y || !sameDoc(x.plan, y.plan) || !sameDoc(x.report, y.report) || x.frozen !== y.frozen) problems.push(`версия ${info.id} доски ${board.id} различается`)
    }
    const authors = async (side: DataSide) => JSON.stringify(await side.versions.changesBetween(board.id, null, END_OF_TIME))
    if (await authors(a) !== await authors(b)) problems.push(`авторство доски ${board.id} различается`)
  }
  return problems
}

function canonical (value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => x < y ? -1 : x > y ? 1 : 0))
    : v)
}

function comparable (data: MetaData): Record<string, unknown> {
  return JSON.parse(JSON.stringify(data)) as Record<string, unknown>
}

/**
 * The same document: the same bytes, or (a store may re-encode, e.g. versions
 * kept as deltas) the same Yjs content — equal state vectors and delete sets.
 */
function sameDoc (x: Uint8Array | null, y: Uint8Array | null): boolean {
  if (!x || !y) return x === y
  if (Buffer.from(x).equals(Buffer.from(y))) return true
  try {
    const [a, b] = [new Y.Doc(), new Y.Doc()]
    Y.applyUpdate(a, x)
    Y.applyUpdate(b, y)
    return Y.equalSnapshots(Y.snapshot(a), Y.snapshot(b))
  } catch {
    return false
  }
}
