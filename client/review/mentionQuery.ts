/**
 * «@pet|» while typing: the word being typed after an @ at the caret, and the
 * text with it replaced by a chosen login. Logins as the REST schema allows
 * them (latin letters, digits, «.», «_», «-»).
 */
export interface MentionQuery {
  /** Index of the «@». */
  start: number
  query: string
}

export function mentionAt (text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret)
  const match = /(^|[\s(«"])@([a-zA-Z0-9._-]{0,64})$/.exec(before)
  if (!match) return null
  return { start: caret - match[2].length - 1, query: match[2].toLowerCase() }
}

/** The text with «@query» replaced by «@login », and where the caret goes. */
export function insertMention (text: string, caret: number, mention: MentionQuery, login: string): { text: string; caret: number } {
  const after = text.slice(caret).replace(/^[a-zA-Z0-9._-]*/, '')
  // One space after the login, unless a space already follows.
  const inserted = /^\s/.test(after) ? `@${login}` : `@${login} `
  return { text: text.slice(0, mention.start) + inserted + after, caret: mention.start + inserted.length }
}
