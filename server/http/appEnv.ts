import type { AdminOps } from '../admin/AdminOps'
import type { OpenServices } from '../openServices'
import type { SignInLimiter } from '../auth/SignInLimiter'
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

/** How the HTTP side is deployed (environment variables, see README «Безопасность»). */
export interface HttpSettings {
  /** PLANERKA_SECURE_COOKIES=1: the session cookie is `Secure` (the site is served over HTTPS). */
  secureCookies: boolean
  /** PLANERKA_TRUST_PROXY=1: the client address is the first of X-Forwarded-For (a reverse proxy in front). */
  trustProxy: boolean
  /** Tests pass their own limits; the server uses the defaults. */
  signInLimiter?: SignInLimiter
}
