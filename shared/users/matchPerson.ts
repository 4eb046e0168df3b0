/**
 * Search-as-you-type over people: every word typed must start a word of the
 * name or be inside the login, ignoring case and «ё»/«е» (people type «Семенова»
 * for «Семёнова»). Shared so the server's search and any client-side filter agree.
 */

function fold (text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('ru-RU').replaceAll('ё', 'е')
}

/** 0 = login or name starts with the query, 1 = every word found, null = no match. */
export function matchPerson (query: string, person: { login: string; name: string }): 0 | 1 | null {
  const words = fold(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return null
  const login = fold(person.login)
  const name = fold(person.name)
  const nameWords = name.split(/[\s.,-]+/).filter(Boolean)
  const found = words.every(word => login.includes(word) || nameWords.some(part => part.startsWith(word)))
  if (!found) return null
  const whole = fold(query).trim()
  return login.startsWith(whole) || name.startsWith(whole) ? 0 : 1
}
