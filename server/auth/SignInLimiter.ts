/**
 * Sign-in attempts allowed per login and per address (issue 14 item 6: 100
 * wrong passwords went through in 6–11 s). Only failures count; a correct
 * password while a key is over its limit is refused too, or guessing would
 * simply go on. Kept in memory: a restart forgets, which costs an attacker a
 * restart of someone else's server — not a thing they can cause.
 */

/** Wrong passwords for one login: a person who forgot theirs tries a handful; a guesser needs thousands. */
export const MAX_FAILURES_PER_LOGIN = 5
/** Per address: a school or a council session signs in from behind one address, so this is wider. */
export const MAX_FAILURES_PER_ADDRESS = 30
/** How long a failure counts: long enough to make guessing useless, short enough to wait out. */
export const FAILURE_WINDOW_MS = 15 * 60 * 1000
/** Keys remembered at once, so a flood of made-up logins cannot grow memory without bound. */
const MAX_TRACKED_KEYS = 50_000

export type SignInCheck = { ok: true } | { ok: false; retryAfterSeconds: number }

export class SignInLimiter {
  private readonly failures = new Map<string, number[]>()

  constructor (
    private readonly limits = { perLogin: MAX_FAILURES_PER_LOGIN, perAddress: MAX_FAILURES_PER_ADDRESS, windowMs: FAILURE_WINDOW_MS },
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether an attempt may be checked at all. */
  check (login: string, address: string): SignInCheck {
    const waits = [
      this.wait(loginKey(login), this.limits.perLogin),
      this.wait(addressKey(address), this.limits.perAddress),
    ]
    const longest = Math.max(...waits)
    return longest > 0 ? { ok: false, retryAfterSeconds: Math.ceil(longest / 1000) } : { ok: true }
  }

  failed (login: string, address: string): void {
    for (const key of [loginKey(login), addressKey(address)]) {
      const list = this.recent(key)
      list.push(this.now())
      this.failures.delete(key)
      this.failures.set(key, list)
    }
    while (this.failures.size > MAX_TRACKED_KEYS) this.failures.delete(this.failures.keys().next().value!)
  }

  /** A correct password forgets the login's failures; the address keeps its count. */
  succeeded (login: string): void {
    this.failures.delete(loginKey(login))
  }

  private recent (key: string): number[] {
    const since = this.now() - this.limits.windowMs
    return (this.failures.get(key) ?? []).filter(at => at > since)
  }

  /** Milliseconds until the key is under its limit again; 0 when it is now. */
  private wait (key: string, limit: number): number {
    const list = this.recent(key)
    if (list.length < limit) return 0
    return list[list.length - limit] + this.limits.windowMs - this.now()
  }
}

const loginKey = (login: string) => `login:${login.trim().toLowerCase()}`
const addressKey = (address: string) => `address:${address}`
