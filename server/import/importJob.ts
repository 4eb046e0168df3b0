import type { DocxImportResult } from './docxPlan'
import type { ReportImportResult } from './docxReport'

/** What each kind of file gives back: plain data that can cross back from a worker thread. */
export interface ImportResults {
  'plan-docx': DocxImportResult
  'report-docx': ReportImportResult
}

/** One file to read, as plain data that can cross to a worker thread. */
export type ImportJob = { [K in keyof ImportResults]: { kind: K; bytes: Uint8Array } }[keyof ImportResults]

export type ImportJobResult<J extends ImportJob = ImportJob> = ImportResults[J['kind']]

/** Runs inside the import worker (importWorker.ts); never on the server's own thread. */
export async function runImportJob<J extends ImportJob> (job: J): Promise<ImportJobResult<J>> {
  // The readers (mammoth and what it brings) are loaded here, in the worker, never by the server itself.
  switch (job.kind) {
    case 'plan-docx': return await (await import('./docxPlan')).importPlanDocx(Buffer.from(job.bytes)) as ImportJobResult<J>
    case 'report-docx': return await (await import('./docxReport')).importReportDocx(Buffer.from(job.bytes)) as ImportJobResult<J>
  }
  throw new Error(`Неизвестный вид файла для чтения: ${(job as ImportJob).kind}`)
}
