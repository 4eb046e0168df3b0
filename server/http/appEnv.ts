import type { Accounts, SignedIn } from '../services/Accounts'
import type { Boards } from '../services/Boards'
import type { SyncHub } from '../sync/SyncHub'

export interface Services {
  accounts: Accounts
  boards: Boards
  hub: SyncHub
}

export interface AppEnv {
  Variables: { auth: SignedIn }
}
