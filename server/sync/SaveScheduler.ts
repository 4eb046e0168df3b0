/**
 * Decides when a document is written: `debounceMs` after the last change
 * while people type, but never later than `maxWaitMs` after the first unsaved
 * change, so a steady stream of keystrokes cannot postpone saving forever.
 * One write at a time; a failed write is retried with a growing pause
 * (RETRY_FIRST_MS doubling up to RETRY_MAX_MS), and at once when the store is
 * known to work again (`retryNow`).
 */
export interface SaveTiming {
  debounceMs: number
  maxWaitMs: number
}

/** The first pause after a failed write: a disk that filled for a moment is written again at once. */
const RETRY_FIRST_MS = 250
/**
 * The longest pause between retries: a disk freed by the administrator is
 * noticed within this (every other document follows at once, see retryNow).
 */
const RETRY_MAX_MS = 5000

export class SaveScheduler {
  private dirtySince: number | null = null
  private timer: NodeJS.Timeout | null = null
  private running: Promise<void> | null = null
  private failures = 0

  constructor (
    private readonly timing: SaveTiming,
    private readonly write: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  get dirty (): boolean {
    return this.dirtySince !== null
  }

  get saving (): boolean {
    return this.running !== null
  }

  /** The latest write failed (and is being retried). */
  get failing (): boolean {
    return this.failures > 0
  }

  markDirty (): void {
    this.dirtySince ??= Date.now()
    this.arm()
  }

  /** Writes now if anything is unsaved; resolves when nothing is, rejects if writing keeps failing. */
  async flush (): Promise<void> {
    for (let attempt = 0; this.running || this.dirty; attempt++) {
      if (attempt > 5) throw new Error('Документ не удалось записать после нескольких попыток')
      if (this.running) await this.running
      else await this.run()
    }
  }

  /** Writing works again: retry what is unsaved now instead of after the pause. */
  retryNow (): void {
    if (this.failures === 0 || this.running || !this.dirty) return
    void this.run()
  }

  stop (): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  private arm (): void {
    if (this.running || this.dirtySince === null) return
    const waited = Date.now() - this.dirtySince
    const backoff = this.failures === 0 ? 0 : Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** (this.failures - 1))
    const delay = Math.max(0, Math.min(this.timing.debounceMs, this.timing.maxWaitMs - waited)) + backoff
    // Already due at once (the log store's timing): no new timer for every keystroke.
    if (this.timer && delay === 0) return
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => { void this.run() }, delay)
  }

  private run (): Promise<void> {
    this.stop()
    if (this.running) return this.running
    this.dirtySince = null
    this.running = this.write().then(
      () => { this.failures = 0 },
      (error: unknown) => {
        this.failures++
        this.dirtySince ??= Date.now()
        this.onError(error)
      },
    ).finally(() => {
      this.running = null
      this.arm()
    })
    return this.running
  }
}
