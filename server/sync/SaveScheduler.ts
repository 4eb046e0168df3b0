/**
 * Decides when a document is written: `debounceMs` after the last change
 * while people type, but never later than `maxWaitMs` after the first unsaved
 * change, so a steady stream of keystrokes cannot postpone saving forever.
 * One write at a time; a failed write is retried.
 */
export interface SaveTiming {
  debounceMs: number
  maxWaitMs: number
}

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

  stop (): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  private arm (): void {
    if (this.running || this.dirtySince === null) return
    const waited = Date.now() - this.dirtySince
    const backoff = Math.min(30_000, this.failures * 1000)
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
