/**
 * A line written as a sentence rather than a table row, the way reports list
 * their innovation infrastructure:
 *   «ГБОУ № 287 — РИП: «Тема…» (2021–2023)»
 *   «ГБДОУ детский сад № 93 (ЛОИ) «Тема», 2022-2024 гг.»
 *   «ГБОУ гимназия № 70 — региональная инновационная площадка по теме «…»»
 *   «ГБОУ школа № 3»
 * The name is what comes before the first status, the topic and the period
 * what comes after it. A line where nothing of the kind is found is kept
 * whole as the name.
 */
import { findStatusInLine } from './innovationStatusText'
import { organisationTypeFromName } from './organisationTypeFromName'
import { periodAtEnd } from './periodText'
import { OrganisationType } from './registryDoc'
import { emptyRegistryLine, stripListMarker, unquote, type RegistryLine } from './registryLine'

/** Longer than any organisation's full name in the sample reports: such a line is a paragraph, not a name. */
const MAX_NAME_LENGTH = 160

/** The name without the words and marks that lead to the status: «ГБОУ № 287 —», «… является», «… (». */
function cleanName (text: string): string {
  let name = text
  for (let previous = ''; previous !== name;) {
    previous = name
    name = name
      .replace(/[\s,:;—–−\-(]+$/u, '')
      .replace(/(?<!\p{L})(?:является|имеет|получил\p{L}*|в статусе|со статусом|статус\p{L}*)$/iu, '')
  }
  return name.trim()
}

/** The topic and the period after the status: «: «Тема» (2021–2023)», « по теме «Тема», 2022 г.». */
function readTail (text: string): { topic: string; period: string } {
  let rest = text.replace(/^[\s)\]:—–−\-,.]+/u, '')
  let period = ''
  const found = periodAtEnd(rest)
  if (found) {
    period = found.period
    rest = rest.slice(0, found.start)
  }
  rest = rest
    .replace(/[\s,;:—–-]+$/u, '')
    .replace(/^(?:(?:по|на)\s+)?тем[аеуы]\p{L}*\s*[:—–-]?\s*/iu, '')
    .replace(/(?<=»)\.$/u, '')
  return { topic: unquote(rest), period }
}

/**
 * A sentence that mentions a status is not an organisation's line: «признание
 * ОУ ЛОИ», «Доля* районных ИП − ЛОИ 27 42%». Names start with a capital, and
 * when the name does not say what kind of organisation it is, what follows the
 * status must look like a topic (after «:», in quotes, «по теме») or a period.
 */
function looksLikeProse (name: string, rest: string): boolean {
  if (/^\p{Ll}/u.test(name)) return true
  if (organisationTypeFromName(name) !== OrganisationType.other) return false
  const tail = rest.replace(/^[\s)\]—–−-]+/u, '')
  return tail !== '' && !/^(?:[:«"“„]|(?:по|на)\s+тем)/iu.test(tail) && periodAtEnd(tail)?.start !== 0
}

export function readRegistryFreeLine (source: string): RegistryLine {
  const text = stripListMarker(source).replace(/[;,]\s*$/, '').trim()
  const line = emptyRegistryLine()
  const status = findStatusInLine(text)
  if (status) {
    const name = cleanName(text.slice(0, status.start))
    const rest = text.slice(status.end)
    if (name !== '' && !looksLikeProse(name, rest)) {
      const { topic, period } = readTail(rest)
      return { ...line, shortName: name, statuses: status.statuses, topic, period }
    }
  }
  // No status, but a topic in quotes or a period after a separator: «ГБОУ № 287 — «Тема» (2021–2023)».
  const separator = /\s[—–−-]\s|:\s/u.exec(text)
  if (separator) {
    const name = cleanName(text.slice(0, separator.index))
    const tail = readTail(text.slice(separator.index + separator[0].length))
    const quoted = /^«/.test(text.slice(separator.index + separator[0].length).trim())
    if (name !== '' && (quoted || tail.period !== '')) {
      return { ...line, shortName: name, topic: tail.topic, period: tail.period }
    }
  }
  if (text.length > MAX_NAME_LENGTH || status) {
    return { ...line, shortName: text, unrecognised: true }
  }
  return { ...line, shortName: text }
}
