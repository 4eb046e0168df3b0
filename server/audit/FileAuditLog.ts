import { appendFile, readFile } from 'node:fs/promises'
import type { AuditEvent } from '../../shared/audit'
import type { AuditLog } from './AuditLog'

/**
 * The audit log as JSON lines in the data folder (audit.jsonl): appended,
 * never rewritten, readable with `tail`/`jq` by an administrator. Appends are
 * chained so lines never interleave.
 */
export class FileAuditLog implements AuditLog {
  private tail: Promise<void> = Promise.resolve()

  constructor (private readonly path: string, private readonly log: (message: string) => void) {}

  record (event: Omit<AuditEvent, 'at'> & { at?: string }): Promise<void> {
    const line = JSON.stringify({ ...event, at: event.at ?? new Date().toISOString() }) + '\n'
    this.tail = this.tail.then(() => appendFile(this.path, line, { mode: 0o600 })).catch((error: unknown) => {
      this.log(`Журнал аудита не записан (${this.path}): ${String(error)}`)
    })
    return this.tail
  }

  async recent (limit: number): Promise<AuditEvent[]> {
    await this.tail
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
    const events: AuditEvent[] = []
    const lines = text.split('\n')
    for (let i = lines.length - 1; i >= 0 && events.length < limit; i--) {
      if (lines[i].trim() === '') continue
      // A torn last line (power cut mid-append) is skipped, not fatal.
      try { events.push(JSON.parse(lines[i]) as AuditEvent) } catch { /* skipped */ }
    }
    return events
  }
}
