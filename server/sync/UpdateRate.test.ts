import { describe, expect, test } from 'vitest'
import { defaultSyncLimits } from './syncLimits'
import { UpdateRate, type RateVerdict } from './UpdateRate'

/** Runs `count` messages at `perSecond` on a simulated clock; returns the verdicts. */
function run (perSecond: number, count: number): RateVerdict[] {
  let now = 0
  const { updatesPerSecond, updateBurst, updateGraceAfterWarning } = defaultSyncLimits
  const rate = new UpdateRate(updatesPerSecond, updateBurst, updateGraceAfterWarning, () => now)
  const verdicts: RateVerdict[] = []
  for (let i = 0; i < count; i++) {
    verdicts.push(rate.take())
    now += 1000 / perSecond
  }
  return verdicts
}

describe('UpdateRate with the default limits', () => {
  test('a person dragging a timeline bar (120 messages/s) for a minute is never warned', () => {
    expect(run(120, 120 * 60).every(v => v === 'ok')).toBe(true)
  })

  test('the flood seen in production (10,000/s) is warned once, then closed within a tenth of a second', () => {
    const verdicts = run(10_000, 3 * 10_000)
    const warned = verdicts.indexOf('warn')
    const closed = verdicts.indexOf('close')
    expect(warned).toBeGreaterThan(0)
    expect(verdicts.filter(v => v === 'warn')).toHaveLength(1)
    expect(closed).toBeGreaterThan(warned)
    expect(closed).toBeLessThan(1000)
  })

  test('a burst after a quiet spell gets a fresh warning, not an immediate close', () => {
    let now = 0
    const rate = new UpdateRate(10, 20, 5, () => now)
    const first: RateVerdict[] = []
    for (let i = 0; i < 22; i++) first.push(rate.take())
    expect(first.at(-1)).toBe('ok')
    expect(first).toContain('warn')
    now += 10_000
    const second: RateVerdict[] = []
    for (let i = 0; i < 22; i++) second.push(rate.take())
    expect(second).toContain('warn')
    expect(second).not.toContain('close')
  })
})
