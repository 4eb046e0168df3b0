/** The value axis of the dynamics chart: from 0 to a round top, in a few round steps. */
export function niceScale (max: number, maxTicks = 5): { top: number; step: number } {
  if (!(max > 0)) return { top: 10, step: 5 }
  const magnitude = 10 ** Math.floor(Math.log10(max / maxTicks))
  for (const factor of [1, 2, 2.5, 5, 10, 20]) {
    const step = factor * magnitude
    const ticks = Math.ceil(max / step - 1e-9)
    if (ticks <= maxTicks) return { top: round(ticks * step), step }
  }
  return { top: max, step: max }
}

/** The tick values from 0 to top. */
export function ticks (scale: { top: number; step: number }): number[] {
  const count = Math.round(scale.top / scale.step)
  return Array.from({ length: count + 1 }, (_, index) => round(index * scale.step))
}

function round (value: number): number {
  return Math.round(value * 1e6) / 1e6
}

/** «20,8», «15», «0,25»: at most two decimals, with the Russian decimal comma (by hand, so every browser prints the same). */
export function formatDecimal (value: number): string {
  const rounded = Math.round(value * 100) / 100
  return String(rounded).replace('.', ',')
}
