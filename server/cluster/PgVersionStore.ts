import type pg from 'pg'
import type { VersionInfo } from '../../shared/review/versionModel'
import { VersionIdTaken } from '../storage/VersionIdTaken'
import { collectAuthorMinutes, type AuthorEntry } from '../storage/authorMinutes'
import type { AuthorMinute, VersionStates, VersionStore } from '../storage/VersionStore'

/** PostgreSQL's SQLSTATE for a duplicate key. */
const UNIQUE_VIOLATION = '23505'

/** Authors are recorded once per person per minute (and part); this many are remembered to skip repeat inserts. */
const SEEN_MINUTES_KEPT = 10_000

/**
 * Versions and authorship in PostgreSQL. A version's states are stored whole
 * (PostgreSQL compresses large bytea values itself); its id is unique per
 * board, so a version is immutable and two instances cannot both save it.
 */
export class PgVersionStore implements VersionStore {
  private readonly seen = new Set<string>()

  constructor (private readonly pool: pg.Pool) {}

  async list (boardId: string): Promise<VersionInfo[]> {
    const { rows } = await this.pool.query<{ info: VersionInfo; size: number }>(
      'SELECT info, octet_length(plan) + octet_length(report) AS size FROM versions WHERE board_id = $1 ORDER BY seq', [boardId])
    return rows.map(r => ({ ...r.info, size: r.size }))
  }

  async save (boardId: string, info: VersionInfo, states: VersionStates): Promise<void> {
    try {
      await this.pool.query('INSERT INTO versions (board_id, id, info, plan, report, frozen) VALUES ($1, $2, $3, $4, $5, $6)',
        [boardId, info.id, JSON.stringify(info), Buffer.from(states.plan), Buffer.from(states.report), states.frozen ?? null])
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw new VersionIdTaken(info.id)
      throw error
    }
  }

  async load (boardId: string, versionId: string): Promise<VersionStates | null> {
    const { rows } = await this.pool.query<{ plan: Buffer; report: Buffer; frozen: string | null }>(
      'SELECT plan, report, frozen FROM versions WHERE board_id = $1 AND id = $2', [boardId, versionId])
    if (rows.length === 0) return null
    const [row] = rows
    return { plan: new Uint8Array(row.plan), report: new Uint8Array(row.report), ...(row.frozen !== null ? { frozen: row.frozen } : {}) }
  }

  async recordAuthor (boardId: string, login: string, at: Date, parts: readonly string[] = []): Promise<void> {
    const minute = new Date(Math.floor(at.getTime() / 60_000) * 60_000)
    const key = `${boardId}\n${login}\n${minute.getTime()}`
    const fresh = parts.filter(part => !this.seen.has(`${key}\n${part}`))
    if (this.seen.has(key) && fresh.length === 0) return
    await this.pool.query('INSERT INTO version_authors (board_id, minute, login) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [boardId, minute, login])
    if (fresh.length > 0) {
      await this.pool.query('INSERT INTO version_parts (board_id, minute, login, part) SELECT $1, $2, $3, unnest($4::text[]) ON CONFLICT DO NOTHING',
        [boardId, minute, login, fresh])
    }
    if (this.seen.size >= SEEN_MINUTES_KEPT) this.seen.clear()
    this.seen.add(key)
    for (const part of fresh) this.seen.add(`${key}\n${part}`)
  }

  async changesBetween (boardId: string, from: Date | null, to: Date): Promise<AuthorMinute[]> {
    // The same minute rule as the file store: whole minutes from `from`'s to `to`'s, both included.
    const minute = (at: Date) => new Date(Math.floor(at.getTime() / 60_000) * 60_000)
    const range = [boardId, from ? minute(from) : null, minute(to)]
    const where = 'board_id = $1 AND ($2::timestamptz IS NULL OR minute >= $2) AND minute <= $3'
    const [authors, parts] = await Promise.all([
      this.pool.query<{ login: string; minute: Date }>(`SELECT login, minute FROM version_authors WHERE ${where}`, range),
      this.pool.query<{ login: string; minute: Date; part: string }>(`SELECT login, minute, part FROM version_parts WHERE ${where}`, range),
    ])
    const entries: AuthorEntry[] = [
      ...authors.rows.map(r => ({ login: r.login, minute: r.minute.getTime() / 60_000 })),
      ...parts.rows.map(r => ({ login: r.login, minute: r.minute.getTime() / 60_000, parts: [r.part] })),
    ]
    return collectAuthorMinutes(entries, from, to)
  }
}
