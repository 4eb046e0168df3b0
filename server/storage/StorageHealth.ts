import { storageErrorCode, storageErrorMessage } from './storageErrorMessage'

/**
 * Whether the document store can write, for the log, the health check and
 * the sync core. A failure episode begins with the first failed write and ends
 * with the first write that succeeds having started after the last failure
 * (a write already in flight when the disk filled proves nothing). Each
 * episode is logged once when it begins and once when it ends, however many
 * retries fail in between: a full disk must be loud, not a flood.
 */
export interface StorageFailure {
  since: number
  code: string
  message: string
  failedWrites: number
}

export class StorageHealth {
  private failure: StorageFailure | null = null
  /** Counts failures: a write that succeeds proves recovery only if none failed since it began. */
  private failures = 0
  private readonly listeners = new Set<(failing: boolean) => void>()

  constructor (private readonly log: (message: string) => void, private readonly where: string) {}

  get failing (): StorageFailure | null {
    return this.failure
  }

  /** Call before a write; pass the result to `succeeded`. */
  begin (): number {
    return this.failures
  }

  failed (error: unknown, document: string): void {
    this.failures++
    if (this.failure) {
      this.failure.failedWrites++
      this.failure.code = storageErrorCode(error)
      this.failure.message = storageErrorMessage(error)
      return
    }
    this.failure = { since: Date.now(), code: storageErrorCode(error), message: storageErrorMessage(error), failedWrites: 1 }
    this.log(`ВНИМАНИЕ: документы не записываются на диск: ${this.failure.message} (${this.failure.code}; ${this.where}; первым не записан документ ${document}). ` +
      'Изменения хранятся в памяти сервера и не подтверждаются пользователям как сохранённые; запись повторяется автоматически. ' +
      'Освободите место на диске или верните права на запись. Не перезапускайте сервер, пока запись не восстановится: несохранённое в памяти пропадёт.')
    for (const listener of this.listeners) listener(true)
  }

  succeeded (begun: number): void {
    if (!this.failure || begun !== this.failures) return
    const { since, failedWrites } = this.failure
    this.failure = null
    this.log(`Запись документов на диск восстановлена: сбой длился ${((Date.now() - since) / 1000).toFixed(1)} с, неудачных попыток записи: ${failedWrites}. Несохранённые изменения записываются.`)
    for (const listener of this.listeners) listener(false)
  }

  /** Called with `true` when an episode begins and `false` when it ends. */
  onChange (listener: (failing: boolean) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
