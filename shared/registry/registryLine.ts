/** One pasted line of the registry import, read but not yet checked or merged. */
export interface RegistryLine {
  shortName: string
  fullName: string
  /** Status codes or names as written («РИП», «ЭП»); several when the line lists several. */
  statuses: string[]
  topic: string
  period: string
  /** The line could not be read: all of it is in shortName. */
  unrecognised: boolean
  /** Messages for the user about this line (the checks that need no context). */
  notes: string[]
}

export function emptyRegistryLine (): RegistryLine {
  return { shortName: '', fullName: '', statuses: [], topic: '', period: '', unrecognised: false, notes: [] }
}

/** «Тема» from «Тема», ««Тема»», "Тема", “Тема”; nested quotes inside stay («Проект «Старт»»). */
export function unquote (text: string): string {
  const trimmed = text.trim()
  const pairs: Array<[string, string]> = [['«', '»'], ['"', '"'], ['“', '”'], ['„', '“']]
  for (const [open, close] of pairs) {
    if (trimmed.length < 2 || !trimmed.startsWith(open) || !trimmed.endsWith(close)) continue
    const inner = trimmed.slice(1, -1)
    if (open === '«' ? balancedGuillemets(inner) : !inner.includes(close)) return inner.trim()
  }
  return trimmed
}

function balancedGuillemets (text: string): boolean {
  let depth = 0
  for (const char of text) {
    if (char === '«') depth++
    else if (char === '»' && --depth < 0) return false
  }
  return depth === 0
}

/** A list marker or a row number in front of a line: «1.», «2)», «●», «–», «✓». */
export function stripListMarker (text: string): string {
  return text.replace(/^\s*(?:[•●▪◦✓✔·*]|[-–—](?=\s)|\d{1,3}(?:\.\d{1,3})*[.)](?=\s))\s*/u, '')
}
