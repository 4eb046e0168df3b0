/**
 * Bytes of changes accepted by every room of a hub and not yet written. While
 * the disk refuses writes they pile up in memory; past `limit` new updates are
 * refused (close 4507) rather than grow the process until it dies and loses
 * them all. The refused client keeps its edit and sends it again later.
 */
export class UnsavedBytes {
  private total = 0
  /** A refusal was logged in the current stretch over the limit. */
  private refusing = false

  constructor (readonly limit: number) {}

  get bytes (): number {
    return this.total
  }

  add (bytes: number): void {
    this.total += bytes
  }

  release (bytes: number): void {
    this.total = Math.max(0, this.total - bytes)
    if (this.total < this.limit) this.refusing = false
  }

  /** Whether `bytes` more would pass the limit. */
  wouldExceed (bytes: number): boolean {
    return this.total + bytes > this.limit
  }

  /** Notes a refusal; true for the first one while over the limit (to be logged once). */
  noteRefusal (): boolean {
    if (this.refusing) return false
    this.refusing = true
    return true
  }
}
