import type { AuditEvent } from '../../shared/audit'

/** Where audit events go. One file today (FileAuditLog); a database store would implement the same two calls. */
export interface AuditLog {
  /** Appends one event; `at` is filled in when missing. Never throws: a failed audit write is logged, the action stands. */
  record (event: Omit<AuditEvent, 'at'> & { at?: string }): Promise<void>
  /** The newest events first, at most `limit`. */
  recent (limit: number): Promise<AuditEvent[]>
}
