import type pg from 'pg'
import type { AuditEvent } from '../../shared/audit'
import type { AuditLog } from '../audit/AuditLog'

/** The audit log in PostgreSQL (`audit_events`): every instance appends to the same log. */
export class PgAuditLog implements AuditLog {
  constructor (private readonly pool: pg.Pool, private readonly log: (message: string) => void) {}

  async record (event: Omit<AuditEvent, 'at'> & { at?: string }): Promise<void> {
    const full = { ...event, at: event.at ?? new Date().toISOString() }
    try {
      await this.pool.query('INSERT INTO audit_events (at, event) VALUES ($1, $2)', [full.at, JSON.stringify(full)])
    } catch (error) {
      // As the file log: a failed audit write is logged, the action stands.
      this.log(`Журнал аудита не записан (PostgreSQL): ${(error as Error).message}`)
    }
  }

  async recent (limit: number): Promise<AuditEvent[]> {
    const { rows } = await this.pool.query<{ event: AuditEvent }>('SELECT event FROM audit_events ORDER BY id DESC LIMIT $1', [limit])
    return rows.map(r => r.event)
  }
}
