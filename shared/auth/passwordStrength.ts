import commonPasswords from './commonPasswords.json'

/**
 * The minimum strength of a password, the same on the server (create, reset,
 * change, CLI) and in the client's forms. Sign-in has a rate limit, so what is
 * left to guess is the common passwords: those, and anything short, are refused.
 */

/** Ten characters: guessing is rate-limited, so length against offline guessing of a stolen db.json is what counts. */
export const MIN_PASSWORD_LENGTH = 10
/** Long passphrases are fine; the bound only keeps hashing cheap. */
export const MAX_PASSWORD_LENGTH = 200
/** «aaaaaaaaaa», «ababababab»: a password of fewer distinct characters is one guess away. */
const MIN_DISTINCT_CHARACTERS = 4

const common = new Set((commonPasswords as string[]).map(word => word.toLocaleLowerCase('ru')))

/** The Russian reason a password is refused, or null when it is strong enough. */
export function passwordProblem (password: string): string | null {
  if (password.trim() === '') return 'Пароль не может состоять из одних пробелов.'
  if (password.length < MIN_PASSWORD_LENGTH) return `Пароль — не короче ${MIN_PASSWORD_LENGTH} символов.`
  if (password.length > MAX_PASSWORD_LENGTH) return `Пароль — не длиннее ${MAX_PASSWORD_LENGTH} символов.`
  if (new Set(password).size < MIN_DISTINCT_CHARACTERS) return 'Пароль слишком простой: в нём почти одни и те же символы.'
  const lower = password.toLocaleLowerCase('ru').trim()
  // «Password2024!», «qwerty123456»: a common word with digits or signs added is still guessed first.
  const stem = lower.replace(/[^\p{L}]+$/u, '').replace(/^[^\p{L}]+/u, '')
  if (common.has(lower) || common.has(lower.replace(/\s+/g, '')) || (stem !== '' && common.has(stem))) {
    return 'Пароль слишком простой: он есть в списке самых распространённых паролей. Придумайте другой — например, фразу из нескольких слов.'
  }
  return null
}
