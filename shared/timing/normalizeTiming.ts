/**
 * Text clean-up before a «Сроки проведения» phrase is read. Real plans are typed
 * in Word: non-breaking spaces, line breaks inside cells, every kind of dash,
 * capitals and a stray full stop at the end.
 *
 * Two layers: `clean` keeps the letters' case (external schedules such as «по
 * графику ОУ» are quoted from it), `match` is the same text lower-cased with «ё»
 * as «е», character for character, so an offset in one is valid in the other.
 */

// Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar,
// minus, small and full-width hyphen-minus.
const dashes = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g
// `\s` already covers NBSP, narrow NBSP, thin and figure spaces and line breaks.
const spaces = /\s+/g
const invisible = /[\u200b-\u200d\u2060\ufeff\u00ad]/g
const trailingPunctuation = /[\s.,;:!?]+$/
const leadingPunctuation = /^[\s.,;:!?]+/

export interface NormalizedTiming {
  clean: string
  match: string
}

export function normalizeTiming (raw: string): NormalizedTiming {
  const clean = raw
    .replace(invisible, '')
    .replace(dashes, '-')
    .replace(spaces, ' ')
    .replace(trailingPunctuation, '')
    .replace(leadingPunctuation, '')
  return { clean, match: matchForm(clean) }
}

/** Lower case, «ё» → «е», Cyrillic «і» → Latin «i» (Roman numerals typed in Cyrillic); length kept. */
function matchForm (clean: string): string {
  let out = ''
  for (const char of clean) {
    const lower = char.toLowerCase()
    const same = lower.length === char.length ? lower : char
    out += same === 'ё' ? 'е' : same === 'і' ? 'i' : same
  }
  return out
}
