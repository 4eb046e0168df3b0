import { Worker } from 'node:worker_threads'

export interface FoldRequest {
  id: number
  start: Uint8Array | null
  updates: Uint8Array[]
}

export interface FoldReply {
  id: number
  state?: Uint8Array
  error?: string
}

/** A worker thread with nothing to fold for this long ends, giving its memory back; the next fold starts another. */
const IDLE_MS = 30_000

/**
 * Folds a document's log into its state (foldUpdates) on a worker thread.
 * Folding a large document takes tens of milliseconds of pure computation
 * (50 ms for the 50-editor bench document, every 500 records); on the server's
 * own thread that stalled every live connection's sync. One thread per store,
 * started on first use, not holding the process open.
 */
export class FoldThread {
  private worker: Worker | null = null
  private nextId = 0
  private readonly waiting = new Map<number, { worker: Worker; resolve: (state: Uint8Array) => void; reject: (error: Error) => void }>()
  private idleTimer: NodeJS.Timeout | null = null

  /** Whether the thread is up (started, not yet ended for idleness). */
  get running (): boolean {
    return this.worker !== null
  }

  fold (start: Uint8Array | null, updates: readonly Uint8Array[]): Promise<Uint8Array> {
    if (this.idleTimer) clearTimeout(this.idleTimer)
    this.idleTimer = null
    const worker = this.worker ??= this.startWorker()
    const id = this.nextId++
    // Copies, moved to the thread: the tail keeps its records until the fold is written (moving them would
    // empty them), and a record read from a log file is a view into the whole file's buffer, which posting
    // the view would copy entire.
    const request: FoldRequest = { id, start: start ? start.slice() : null, updates: updates.map(update => update.slice()) }
    const transfer = [request.start, ...request.updates].flatMap(bytes => bytes ? [bytes.buffer as ArrayBuffer] : [])
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { worker, resolve, reject })
      worker.postMessage(request, transfer)
    })
  }

  async close (): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer)
    this.idleTimer = null
    const worker = this.worker
    this.worker = null
    await worker?.terminate()
  }

  private startWorker (): Worker {
    // Under tsx the entry registers it in the thread; the bundle builds foldWorker.ts under the entry's name.
    const worker = new Worker(new URL('./foldWorkerEntry.mjs', import.meta.url))
    worker.unref()
    worker.on('message', (reply: FoldReply) => {
      const pending = this.waiting.get(reply.id)
      if (!pending) return
      this.waiting.delete(reply.id)
      if (reply.state) pending.resolve(reply.state)
      else pending.reject(new Error(reply.error ?? 'свёртка не удалась'))
      if (this.waiting.size === 0 && this.worker === worker) {
        this.idleTimer = setTimeout(() => { void this.close() }, IDLE_MS)
        this.idleTimer.unref()
      }
    })
    worker.on('error', error => this.failAll(worker, error))
    worker.on('exit', code => this.failAll(worker, new Error(`поток свёртки завершился (код ${code})`)))
    return worker
  }

  private failAll (worker: Worker, error: Error): void {
    if (this.worker === worker) this.worker = null
    for (const [id, pending] of this.waiting) {
      if (pending.worker !== worker) continue
      this.waiting.delete(id)
      pending.reject(error)
    }
  }
}
