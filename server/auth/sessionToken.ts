import { createHash, randomBytes } from 'node:crypto'

export const SESSION_COOKIE = 'planerka_session'
/** Sessions last 30 days from sign-in; signing out or deactivation ends them sooner. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000

export function newSessionToken (): string {
  return randomBytes(32).toString('base64url')
}

/** Only the hash is stored, so the data folder (or a backup) does not hold usable cookies. */
export function hashSessionToken (token: string): string {
  return createHash('sha256').update(token).digest('base64url')
}
