import { Worker } from 'node:worker_threads'
import { ErrorCode } from '../../shared/errors'
import { DomainError } from '../errors/DomainError'
import type { ImportJob, ImportJobResult } from './importJob'
import { checkZipBounds } from './zipBounds'

/**
 * Reads an uploaded file on a worker thread of its own, with a memory and a
 * time limit, so that no file — a zip bomb, a table that makes the parser
 * crawl — can stall or kill the server for everyone else (issue 14 item 1).
 * A fresh worker per file: a worker that hit its limit is gone, and nothing
 * of one file's reading stays for the next.
 */

/** Heap of one import: the 60-page plan needs under 100 MB; four times that still leaves the server its own. */
export const importHeapMb = 384
/** The 60-page plan reads in about a second; a file that takes 30 is not a plan. */
export const importTimeoutMs = 30_000
/** Files read at once: each may take importHeapMb; more wait their turn. */
export const maxConcurrentImports = 2

let running = 0
const queue: Array<() => void> = []

async function slot (): Promise<() => void> {
  if (running >= maxConcurrentImports) await new Promise<void>(resolve => queue.push(resolve))
  running++
  return () => {
    running--
    queue.shift()?.()
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

/** The job's result, or a DomainError: too_large (413) or unreadable_file (422) with a Russian message. */
export async function runImport<J extends ImportJob> (job: J, options: { timeoutMs?: number } = {}): Promise<ImportJobResult<J>> {
  if (ZIP_MAGIC.every((byte, i) => job.bytes[i] === byte)) {
    const bounds = checkZipBounds(job.bytes)
    if (!bounds.ok) throw new DomainError(bounds.reason === 'too_large' ? ErrorCode.tooLarge : ErrorCode.unreadableFile, bounds.message)
  }
  const release = await slot()
  try {
    return await inWorker(job, options.timeoutMs ?? importTimeoutMs) as ImportJobResult<J>
  } finally {
    release()
  }
}

function inWorker (job: ImportJob, timeoutMs: number): Promise<ImportJobResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./importWorkerEntry.mjs', import.meta.url), {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: importHeapMb, maxYoungGenerationSizeMb: 32 },
    })
    let settled = false
    const settle = (action: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      action()
      void worker.terminate()
    }
    const timer = setTimeout(() => settle(() => reject(new DomainError(ErrorCode.unreadableFile,
      `Файл читался дольше ${timeoutMs / 1000} с и был отклонён: сохраните его в Word заново или разделите на части.`))), timeoutMs)
    worker.on('message', (message: { result?: ImportJobResult; error?: string }) => settle(() => {
      if (message.result) resolve(message.result)
      else reject(new DomainError(ErrorCode.unreadableFile, `Файл не удалось прочитать: ${message.error ?? 'неизвестная ошибка'}.`))
    }))
    worker.on('error', (error: Error & { code?: string }) => settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? new DomainError(ErrorCode.tooLarge, `Файл слишком велик для чтения: ему нужно больше ${importHeapMb} МБ памяти. Разделите его на части.`)
      : new DomainError(ErrorCode.unreadableFile, `Файл не удалось прочитать: ${error.message}.`))))
    worker.on('exit', code => settle(() => reject(new DomainError(ErrorCode.unreadableFile, `Чтение файла прервано (код ${code}).`))))
  })
}
