// Node 20 workers do not take `--import tsx`: register tsx here, then load the TypeScript worker.
import { register } from 'tsx/esm/api'

register()
await import('./soakClients.ts')
