import type { AdminOps } from '../admin/AdminOps'
import type { Accounts, SignedIn } from '../services/Accounts'
import type { Annotations } from '../services/Annotations'
import type { Review } from '../services/Review'
import type { Versions } from '../services/Versions'
import type { Boards } from '../services/Boards'
import type { SyncHub } from '../sync/SyncHub'

export interface Services {
  accounts: Accounts
  boards: Boards
  hub: SyncHub
  annotations: Annotations
  versions: Versions
  review: Review
  /** The CLI's way in while the server runs (see routes/cliRoute.ts). */
  cli: { token: string; ops: AdminOps }
}

export interface AppEnv {
  Variables: { auth: SignedIn }
}
