import { parentPort } from 'node:worker_threads'
import { runRenderJob, type RenderJob } from './renderJob'

/** The worker side of renderInWorker: renders one job at a time and sends the bytes back. */
parentPort!.on('message', (message: { id: number; job: RenderJob }) => {
  runRenderJob(message.job).then(
    bytes => parentPort!.postMessage({ id: message.id, bytes }, [bytes.buffer as ArrayBuffer]),
    (error: unknown) => parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  )
})
