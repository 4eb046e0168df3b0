import type { AuthorMinute } from './VersionStore'

/** A recorded line of authorship: a person, a minute (since the epoch), and parts changed in it. */
export interface AuthorEntry {
  login: string
  minute: number
  parts?: readonly string[]
}

/**
 * Entries within the whole minutes from `from`'s to `to`'s (both included),
 * one per person and minute with their parts joined, in time order — however
 * many lines a store wrote for that minute (a new part adds a line).
 */
export function collectAuthorMinutes (entries: Iterable<AuthorEntry>, from: Date | null, to: Date): AuthorMinute[] {
  const start = from ? Math.floor(from.getTime() / 60_000) : -Infinity
  const end = Math.floor(to.getTime() / 60_000)
  const byKey = new Map<string, { login: string; minute: number; parts: Set<string> }>()
  for (const entry of entries) {
    if (entry.minute < start || entry.minute > end) continue
    const key = `${entry.minute}\n${entry.login}`
    let found = byKey.get(key)
    if (!found) byKey.set(key, found = { login: entry.login, minute: entry.minute, parts: new Set() })
    for (const part of entry.parts ?? []) found.parts.add(part)
  }
  return [...byKey.values()]
    .sort((x, y) => x.minute - y.minute || (x.login < y.login ? -1 : x.login > y.login ? 1 : 0))
    .map(e => ({ login: e.login, at: new Date(e.minute * 60_000), parts: [...e.parts].sort() }))
}

/** The people of some minutes, once each, sorted: who edited in a range. */
export function authorLogins (minutes: readonly AuthorMinute[]): string[] {
  return [...new Set(minutes.map(minute => minute.login))].sort()
}
