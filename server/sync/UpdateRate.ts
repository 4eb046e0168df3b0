/**
 * A token bucket for one connection's incoming messages: `perSecond`
 * sustained, `burst` at once. Running dry first earns a warning; going
 * `grace` further earns the close. Nothing is dropped along the way: the
 * connection is either served or closed, so no typed text silently vanishes.
 */
export type RateVerdict = 'ok' | 'warn' | 'close'

export class UpdateRate {
  private tokens: number
  private last: number
  private warned = false

  constructor (
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly grace: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst
    this.last = now()
  }

  take (): RateVerdict {
    const now = this.now()
    this.tokens = Math.min(this.burst, this.tokens + (now - this.last) * this.perSecond / 1000)
    this.last = now
    this.tokens -= 1
    if (this.tokens >= 0) {
      // Back under the limit for a whole burst's worth: a later flood gets a fresh warning.
      if (this.warned && this.tokens >= this.burst / 2) this.warned = false
      return 'ok'
    }
    if (this.tokens < -this.grace) return 'close'
    if (!this.warned) {
      this.warned = true
      return 'warn'
    }
    return 'ok'
  }
}
