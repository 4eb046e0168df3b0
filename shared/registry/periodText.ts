/**
 * The period of an innovation status as documents write it: «2021–2023»,
 * «2021-2023 гг.», «с 2022 года», «до 2024 г.», «2022/2023 уч. г.»,
 * «01.09.2021 – 31.08.2024», «сроком на 3 года (2023–2026)», «сроком на 1 год». Kept as written;
 * this only tells a period apart from a name or a topic.
 */

/** Words allowed around the years; anything else means the text is not only a period. */
const words = /(?<!\p{L})(?:с|по|до|на|от|сроком|г|гг|год|года|годы|годов|лет|уч|учебн\p{L}*|календарн\p{L}*)(?!\p{L})/giu

export function isPeriodText (text: string): boolean {
  const trimmed = text.trim()
  // «сроком на 3 года»: a length without years, as the reports write a newly granted status.
  if (/^(?:сроком\s+)?на\s+\d{1,2}\s+(?:год|года|лет)\.?$/iu.test(trimmed)) return true
  if (!/(?<!\d)(?:19|20)\d{2}(?!\d)/.test(trimmed)) return false
  return trimmed.replace(words, '').replace(/[\d\s.,/()–—-]+/g, '') === ''
}

/**
 * A period at the very end of a free-form line: «… (2021–2023)», «…, 2021-2023 гг.».
 * Returns where it starts and its text without the parentheses, or null.
 */
export function periodAtEnd (line: string): { start: number; period: string } | null {
  const inParentheses = /\(([^()]*)\)\s*[.;,]?\s*$/.exec(line)
  if (inParentheses && isPeriodText(inParentheses[1])) return { start: inParentheses.index, period: inParentheses[1].trim() }
  const bare = /(?:^|[\s,;—–-])((?:(?:с|до)\s+)?(?:19|20)\d{2}(?:\s*[-–—/]\s*(?:19|20)?\d{2})?(?:\s*(?:гг?|годы|года|год)\.?)?)\s*[.;]?\s*$/iu.exec(line)
  if (!bare) return null
  const start = bare.index + bare[0].indexOf(bare[1])
  // «школа № 2007» is a number, not a year.
  if (line.slice(0, start).trimEnd().endsWith('№')) return null
  return { start, period: bare[1].trim() }
}
