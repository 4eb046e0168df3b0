/**
 * Shares and numbers in the report's tables, the Russian way.
 *
 * The share rule (design notes, «Numbers and dates»): share = count / total ×
 * 100, rounded HALF UP to a whole percent in tables (27 of 63 = 42.857… → 43 %;
 * 1 of 8 = 12.5 → 13 %), or to one decimal where the user asks (42,9 %). The
 * Petrogradsky sample report truncates (27 of 63 → «42%»); Planerka rounds
 * half up on purpose, so a share never reads lower than it is by almost a
 * whole point.
 *
 * Counts and totals are whole numbers, so the rounding is done on integers:
 * round(count × 100 × 10^d / total) = floor((2 × count × 100 × 10^d + total) / (2 × total)),
 * computed with an exact integer remainder. Floating-point division (where
 * 0.5 can arrive as 0.49999…) is never rounded.
 */

export interface ShareOptions {
  /** Digits after the decimal comma: 0 in tables (the default), 1 where the user asks. */
  decimals?: 0 | 1
}

/** Between the number and «%» (Russian typography: «43 %»), so the sign never wraps onto its own line. */
const NBSP = '\u00A0'

/** Shown instead of a share that cannot be computed. */
export const NO_SHARE = '—'

const isWhole = (value: number): boolean => Number.isSafeInteger(value) && value >= 0

/**
 * The share in units of 10^-decimals percent (27 of 63 → 43, or 429 with one
 * decimal); null when total is not a positive whole number or count is not a
 * non-negative whole number.
 */
export function shareUnits (count: number, total: number, decimals: 0 | 1 = 0): number | null {
  if (!isWhole(count) || !isWhole(total) || total === 0) return null
  const scale = decimals === 1 ? 1000 : 100
  const doubled = 2 * count * scale + total
  if (!Number.isSafeInteger(doubled)) return null
  const divisor = 2 * total
  return (doubled - (doubled % divisor)) / divisor
}

/** The share as a number of percent (42.9 with one decimal), half up; null as in shareUnits. */
export function shareValue (count: number, total: number, options: ShareOptions = {}): number | null {
  const decimals = options.decimals ?? 0
  const units = shareUnits(count, total, decimals)
  return units === null ? null : decimals === 1 ? units / 10 : units
}

/** «43 %» or, with one decimal, «42,9 %» (also «50,0 %»: a column reads evenly); «—» when it cannot be computed. */
export function formatShare (count: number, total: number, options: ShareOptions = {}): string {
  const decimals = options.decimals ?? 0
  const units = shareUnits(count, total, decimals)
  if (units === null) return NO_SHARE
  const text = decimals === 1 ? `${formatCount(Math.floor(units / 10))},${units % 10}` : formatCount(units)
  return `${text}${NBSP}%`
}

/**
 * A whole number for a table cell: «1234», «12 345» (Russian typography
 * groups thousands with a non-breaking space from five digits on). Done by
 * hand rather than with Intl so that the browser and the server (DOCX, PDF)
 * always print the same text.
 */
export function formatCount (value: number): string {
  const digits = String(Math.trunc(Math.abs(value)))
  const sign = value < 0 ? '-' : ''
  if (digits.length < 5) return sign + digits
  return sign + digits.replace(/\B(?=(\d{3})+$)/g, NBSP)
}

/** A typed whole count («27», « 63 »): at most nine digits, nothing else. Null otherwise (empty included). */
export function parseWholeCount (text: string): number | null {
  const trimmed = text.trim()
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : null
}

/**
 * A typed number such as a percentage from a past report: «20,8», «20.8»,
 * «35,2 %», «35,2%», «15». Null for anything else (empty, «около 20», «20,8,1»,
 * a negative number).
 */
export function parseTypedNumber (text: string): number | null {
  const trimmed = text.replace(/[\u00A0\u202F]/g, ' ').trim().replace(/\s*%$/, '')
  const match = /^(\d{1,9})(?:[.,](\d{1,6}))?$/.exec(trimmed)
  if (!match) return null
  return Number(match[2] === undefined ? match[1] : `${match[1]}.${match[2]}`)
}
