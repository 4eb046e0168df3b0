import { parentPort } from 'node:worker_threads'
import { foldUpdates } from './foldUpdates'
import type { FoldReply, FoldRequest } from './foldInWorker'

/** The worker side of foldInWorker: folds each request and sends the state back (its buffer moved, not copied). */
parentPort!.on('message', ({ id, start, updates }: FoldRequest) => {
  let reply: FoldReply
  try {
    const state = foldUpdates(start, updates)
    reply = { id, state }
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) }
  }
  parentPort!.postMessage(reply, reply.state ? [reply.state.buffer as ArrayBuffer] : [])
})
