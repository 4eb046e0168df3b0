import { parentPort, workerData } from 'node:worker_threads'
import { runImportJob, type ImportJob } from './importJob'

/** The worker side of runImport: reads one file, sends the result, and the thread ends. */
runImportJob(workerData as ImportJob).then(
  result => parentPort!.postMessage({ result }),
  (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
)
