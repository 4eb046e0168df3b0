import type { DocxImportResult } from './docxPlan'

/** One file to read, as plain data that can cross to a worker thread. */
export type ImportJob =
  | { kind: 'plan-docx'; bytes: Uint8Array }

export type ImportJobResult = DocxImportResult

/** Runs inside the import worker (importWorker.ts); never on the server's own thread. */
export async function runImportJob (job: ImportJob): Promise<ImportJobResult> {
  switch (job.kind) {
    case 'plan-docx': return (await import('./docxPlan')).importPlanDocx(Buffer.from(job.bytes))
  }
}
