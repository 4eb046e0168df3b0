import type { Principal } from './SyncSocket'
import type { SyncLimits } from './syncLimits'

type CapKey = `user:${string}` | `board:${string}` | `address:${string}`

/**
 * Counts open sync connections per person, per board and per network
 * address, so that one person's script, one board or one address cannot
 * take every socket and the memory behind them.
 */
export class ConnectionCaps {
  private readonly counts = new Map<CapKey, number>()

  constructor (private readonly limits: Pick<SyncLimits, 'connectionsPerUser' | 'connectionsPerBoard' | 'connectionsPerAddress'>) {}

  /** Takes a place for the principal, or says which cap is full (nothing taken then). */
  take (principal: Principal): { ok: true } | { ok: false; cap: 'user' | 'board' | 'address' } {
    const keys = this.keysOf(principal)
    for (const [key, cap, limit] of keys) {
      if ((this.counts.get(key) ?? 0) >= limit) return { ok: false, cap }
    }
    for (const [key] of keys) this.counts.set(key, (this.counts.get(key) ?? 0) + 1)
    return { ok: true }
  }

  release (principal: Principal): void {
    for (const [key] of this.keysOf(principal)) {
      const left = (this.counts.get(key) ?? 0) - 1
      if (left > 0) this.counts.set(key, left)
      else this.counts.delete(key)
    }
  }

  private keysOf (principal: Principal): Array<[CapKey, 'user' | 'board' | 'address', number]> {
    const keys: Array<[CapKey, 'user' | 'board' | 'address', number]> = [
      [`user:${principal.login}`, 'user', this.limits.connectionsPerUser],
      [`board:${principal.boardId}`, 'board', this.limits.connectionsPerBoard],
    ]
    if (principal.address) keys.push([`address:${principal.address}`, 'address', this.limits.connectionsPerAddress])
    return keys
  }
}
