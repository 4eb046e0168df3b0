import type { AdminOps } from '../admin/AdminOps'
import type { OpenServices } from '../openServices'
import type { SignedIn } from '../services/Accounts'

/** What the routes use: the opened data folder, plus the administrator's operations. */
export interface Services extends OpenServices {
  /** Operations shared by the CLI and the REST routes (export, rollover, backups). */
  admin: AdminOps
  /** The secret the CLI presents on loopback while the server runs (see routes/cliRoute.ts). */
  cliToken: string
}

export interface AppEnv {
  Variables: { auth: SignedIn }
}
