// Worker entry: plain JavaScript that registers tsx in this thread, then loads the TypeScript worker.
// (The bundle of `npm start` builds foldWorker.ts under this name instead: scripts/buildServer.mjs.)
import { register } from 'tsx/esm/api'

register()
await import('./foldWorker.ts')
