import { Worker } from 'node:worker_threads'
import type { RenderJob } from './renderJob'

/**
 * Renders documents on a worker thread. A 60-page report PDF takes over a
 * second of pure computation; on the server's own thread that second would
 * stall every live connection's sync. One worker, started on first use,
 * reused, and not holding the process open.
 */
let worker: Worker | null = null
let nextId = 0
const waiting = new Map<number, { resolve: (bytes: Buffer) => void; reject: (error: Error) => void }>()

function startWorker (): Worker {
  // The worker runs TypeScript like the server does: its entry registers tsx in the thread.
  const started = new Worker(new URL('./renderWorkerEntry.mjs', import.meta.url))
  started.unref()
  started.on('message', (message: { id: number; bytes?: Uint8Array; error?: string }) => {
    const pending = waiting.get(message.id)
    if (!pending) return
    waiting.delete(message.id)
    if (message.bytes) pending.resolve(Buffer.from(message.bytes))
    else pending.reject(new Error(message.error ?? 'Ошибка при подготовке документа'))
  })
  started.on('error', error => failAll(error))
  started.on('exit', code => {
    worker = null
    if (waiting.size > 0) failAll(new Error(`Поток подготовки документов завершился (код ${code})`))
  })
  return started
}

function failAll (error: Error): void {
  for (const pending of waiting.values()) pending.reject(error)
  waiting.clear()
}

export function renderInWorker (job: RenderJob): Promise<Buffer> {
  worker ??= startWorker()
  const id = nextId++
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject })
    worker!.postMessage({ id, job })
  })
}
