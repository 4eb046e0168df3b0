/**
 * What `GET /api/health` says about the server's storage (`storage` in its
 * body). While documents cannot be written the answer is 503 with `ok: false`:
 * the server still serves and keeps every change in memory, but nothing new is
 * durable until space or write permission returns.
 */
export interface StorageHealthReport {
  /** Every write since the last failure succeeded. */
  ok: boolean
  /** When the first write of the current failure failed (ISO time); absent while ok. */
  since?: string
  /** The system's error code of the latest failed write (ENOSPC, EROFS, EACCES, …); absent while ok. */
  error?: string
  /** The same in Russian, for the administrator; absent while ok. */
  message?: string
  /** Failed writes since the failure began (each retry counts); 0 while ok. */
  failedWrites: number
  /** Documents in memory whose latest changes are not on disk because a write failed. */
  unsavedDocuments: number
  /** Bytes of changes accepted and not yet on disk, in all documents (bounded by the server). */
  unsavedBytes: number
}
