/**
 * Recognising innovation statuses in pasted text: the codes of
 * knownInnovationStatuses («РИП»), the long forms documents write instead
 * («региональная инновационная площадка»), and other short capital codes
 * («ЭП», «РЦ ОО»), which are kept as written since statuses are free text.
 */
import { knownInnovationStatuses } from './registryDoc'

const known: readonly string[] = knownInnovationStatuses

/** Long forms, matched in any case and any grammatical ending. */
const phrases: ReadonlyArray<[RegExp, string]> = [
  [/федеральн\p{L}* инновационн\p{L}* площадк\p{L}*/iu, 'ФИП'],
  [/региональн\p{L}* инновационн\p{L}* площадк\p{L}*/iu, 'РИП'],
  [/региональн\p{L}* экспериментальн\p{L}* площадк\p{L}*/iu, 'РЭП'],
  [/муниципальн\p{L}* инновационн\p{L}* площадк\p{L}*/iu, 'МИП'],
  [/(?:районн\p{L}* )?лаборатори\p{L}* образовательн\p{L}* инноваци\p{L}*/iu, 'ЛОИ'],
  [/центр\p{L}* инновационн\p{L}* педагогическ\p{L}* поиск\p{L}*/iu, 'ЦИПП'],
  [/районн\p{L}* стажировочн\p{L}* площадк\p{L}*/iu, 'РСП'],
  [/районн\p{L}* базов\p{L}* площадк\p{L}*/iu, 'РБП'],
  [/опытно-экспериментальн\p{L}* площадк\p{L}*/iu, 'ОЭП'],
  [/площадк\p{L}* педагогическ\p{L}* творчеств\p{L}*/iu, 'ППТ'],
]

/** Capital codes that name an organisation's kind, never a status. */
const organisationCodes = new Set(['ГБОУ', 'ГБДОУ', 'ДОУ', 'ОУ', 'ОО', 'УДО', 'ДДТ', 'ДДЮТ', 'ЦДЮТТ', 'ИМЦ', 'СОШ', 'НОШ',
  'ООШ', 'ППЦ', 'ГБУ', 'ДО', 'ЦО', 'ГОУ', 'МБОУ', 'МОУ', 'ДШИ', 'КО', 'РОО', 'НОР', 'ОВЗ', 'РАС'])

const LATIN = 'ABCEHKMOPTXY'
const CYRILLIC = 'АВСЕНКМОРТХУ'

/** «PИП» typed with a Latin P reads as «РИП». */
function toCyrillic (code: string): string {
  return code.replace(/[A-Z]/g, letter => {
    const index = LATIN.indexOf(letter)
    return index < 0 ? letter : CYRILLIC[index]
  })
}

/** A known code for one piece of text, or null. */
function knownStatusCode (text: string): string | null {
  const trimmed = text.trim()
  const code = toCyrillic(trimmed.toUpperCase())
  if (known.includes(code)) return code
  for (const [pattern, status] of phrases) {
    const match = pattern.exec(trimmed)
    if (match && match[0].length === trimmed.length) return status
  }
  return null
}

export function isKnownStatus (status: string): boolean {
  return known.includes(status)
}

/** A short capital code that may be a status nobody listed yet («ЭП», «РЦ ОО»). */
function looksLikeCode (text: string): boolean {
  return /^[А-ЯЁA-Z]{2,5}(?: [А-ЯЁA-Z]{2,3})?$/u.test(text) && !organisationCodes.has(text.split(' ')[0])
}

/**
 * The statuses in a table cell that holds nothing else: «РИП», «ЛОИ, РСП»,
 * «ЛОИ и РСП», «Региональная инновационная площадка», «статус РИП». Null when
 * the cell is something else (a name, a topic).
 */
export function readStatusCell (cell: string): string[] | null {
  const text = cell.trim().replace(/^статус\p{L}*\s*/iu, '').replace(/[.;]$/, '')
  if (text === '') return null
  const parts = text.split(/\s*(?:[,/;+]|\sи\s)\s*/u).filter(part => part !== '')
  const statuses: string[] = []
  for (const part of parts) {
    const status = knownStatusCode(part) ?? (looksLikeCode(part) ? part : null)
    if (status === null) return null
    statuses.push(status)
  }
  return statuses.length > 0 ? statuses : null
}

const codePattern = known.join('|')
/** A known code as a whole word; codes are capitals, so «рип» inside a word or a lowercase word never counts. */
const knownInLine = new RegExp(`(?<![\\p{L}\\d])(?:${codePattern})(?![\\p{L}\\d])`, 'gu')
/** An unlisted code right after a spaced dash: «ГБОУ № 287 — ЭП: «Тема»». */
const codeAfterDash = /(?<=\s[—–−-]\s*)[А-ЯЁ]{2,5}(?=\s*(?:[:(«"]|$))/gu
/** Further codes after the first: «РИП, ЛОИ», «ЛОИ и РСП». */
const moreCodes = new RegExp(`^\\s*(?:,|/|\\+|\\sи)\\s*(${codePattern})(?![\\p{L}\\d])`, 'u')

export interface StatusInLine {
  statuses: string[]
  /** Where the first status starts and the last one ends in the line. */
  start: number
  end: number
}

/** Whether a position of the line is inside «…» (a topic or a name in quotes mentions statuses freely). */
function insideQuotes (line: string, index: number): boolean {
  let depth = 0
  for (let i = 0; i < index; i++) {
    if (line[i] === '«') depth++
    else if (line[i] === '»' && depth > 0) depth--
  }
  return depth > 0
}

/** The first match of a pattern outside quotes. */
function firstOutsideQuotes (line: string, pattern: RegExp): RegExpMatchArray | undefined {
  const global = pattern.global ? pattern : new RegExp(pattern.source, pattern.flags + 'g')
  for (const match of line.matchAll(global)) {
    if (!insideQuotes(line, match.index ?? 0)) return match
  }
  return undefined
}

/** The first status (and any listed right after it) in a free-form line, outside quotes, or null. */
export function findStatusInLine (line: string): StatusInLine | null {
  const candidates: Array<{ index: number; length: number; status: string }> = []
  const add = (match: RegExpMatchArray | undefined, status?: string) => {
    if (match) candidates.push({ index: match.index ?? 0, length: match[0].length, status: status ?? match[0] })
  }
  add(firstOutsideQuotes(line, knownInLine))
  for (const [pattern, status] of phrases) add(firstOutsideQuotes(line, pattern), status)
  const other = firstOutsideQuotes(line, codeAfterDash)
  if (other && !organisationCodes.has(other[0])) add(other)
  if (candidates.length === 0) return null
  const first = candidates.reduce((a, b) => (b.index < a.index ? b : a))
  const statuses = [first.status]
  let end = first.index + first.length
  for (let next = moreCodes.exec(line.slice(end)); next; next = moreCodes.exec(line.slice(end))) {
    statuses.push(next[1])
    end += next[0].length
  }
  return { statuses, start: first.index, end }
}
