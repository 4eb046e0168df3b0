/**
 * Tokens of a normalised timing phrase and a cursor over them with backtracking,
 * which the clause readers (one per phrase family) share.
 */

export const TokenType = {
  /** Letters; a dot right after them («окт.», «г.», «теч.») is kept in `dot`. */
  word: 'word',
  num: 'num',
  /** «10.10.2023», «01.10», «26.08.22». */
  date: 'date',
  dash: 'dash',
  /** Clause separators: , ; : ( ) */
  sep: 'sep',
  other: 'other',
} as const
export type TokenType = (typeof TokenType)[keyof typeof TokenType]

export interface Token {
  type: TokenType
  /** Text in the match layer, without the trailing dot of a word. */
  text: string
  /** Offsets into the normalised text, so a clause can be quoted as written. */
  start: number
  end: number
  dot: boolean
}

// A date may carry a final dot («01.10.–05.10.»); it is not part of its text.
const tokenPattern = /(\d{1,2}\.\d{1,2}(?:\.\d{4}|\.\d{2})?)\.?(?!\d)|(\d+)|([a-zа-я]+)(\.)?|(-)|([,;:()])|(\S)/gu

export function tokenize (match: string): Token[] {
  const tokens: Token[] = []
  for (const m of match.matchAll(tokenPattern)) {
    const start = m.index
    const end = start + m[0].length
    const type: TokenType = m[1] ? TokenType.date
      : m[2] ? TokenType.num
        : m[3] ? TokenType.word
          : m[5] ? TokenType.dash
            : m[6] ? TokenType.sep
              : TokenType.other
    tokens.push({ type, text: m[3] ?? m[1] ?? m[0], start, end, dot: m[4] !== undefined })
  }
  return tokens
}

export class TokenStream {
  pos = 0
  constructor (readonly tokens: readonly Token[]) {}

  get done (): boolean {
    return this.pos >= this.tokens.length
  }

  peek (offset = 0): Token | undefined {
    return this.tokens[this.pos + offset]
  }

  /** Runs a reader; when it gives nothing, the cursor goes back to where it was. */
  attempt<T> (read: () => T | undefined): T | undefined {
    const saved = this.pos
    const result = read()
    if (result === undefined) this.pos = saved
    return result
  }

  /** Consumes the next word when it is one of `options` (any word when none given). */
  word (...options: string[]): string | undefined {
    const token = this.peek()
    if (token?.type !== TokenType.word) return undefined
    if (options.length > 0 && !options.includes(token.text)) return undefined
    this.pos++
    return token.text
  }

  /** Consumes a sequence of words, all or nothing. */
  phrase (words: readonly string[]): boolean {
    return this.attempt(() => words.every(w => this.word(w) !== undefined) ? true : undefined) ?? false
  }

  /** Consumes the longest of several word sequences; returns its index or -1. */
  anyPhrase (phrases: ReadonlyArray<readonly string[]>): number {
    const order = phrases.map((p, i) => i).sort((a, b) => phrases[b].length - phrases[a].length)
    for (const i of order) if (this.phrase(phrases[i])) return i
    return -1
  }

  dash (): boolean {
    if (this.peek()?.type !== TokenType.dash) return false
    this.pos++
    return true
  }

  /** Consumes a number token within [min, max]. */
  num (min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined {
    const token = this.peek()
    if (token?.type !== TokenType.num) return undefined
    const value = Number(token.text)
    if (value < min || value > max) return undefined
    this.pos++
    return value
  }

  /** Consumes a token of the given type. */
  take (type: TokenType): Token | undefined {
    const token = this.peek()
    if (token?.type !== type) return undefined
    this.pos++
    return token
  }
}
