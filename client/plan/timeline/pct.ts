/** A 0…1 fraction of the track as a CSS percentage: positions stay right at any width. */
export function pct (fraction: number): string {
  return `${(fraction * 100).toFixed(4)}%`
}
