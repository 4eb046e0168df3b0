/**
 * What a login may be, and the one form it is compared and stored in.
 * Russian offices name accounts by surname, often in Cyrillic («иванова»), so
 * a login is Latin or Cyrillic letters, digits, «.», «_», «-». Case never
 * matters («Иванова» = «иванова») and composed/decomposed «й»/«ё» are the same
 * login. One script per login: «аdmin» with a Cyrillic «а» would look exactly
 * like «admin» in every list.
 */
import { z } from 'zod'

/** Long enough for «фамилия.имя.отчество», short enough for a table column. */
export const LOGIN_MAX_LENGTH = 64
/** One letter is too easy to mistype into someone else's account. */
export const LOGIN_MIN_LENGTH = 2

/** The stored and compared form: trimmed, NFC, lower case. */
export function normalizeLogin (login: string): string {
  return login.trim().normalize('NFC').toLocaleLowerCase('ru-RU')
}

const allowed = /^[a-zа-яё0-9._-]+$/
const latin = /[a-z]/
const cyrillic = /[а-яё]/

export const loginSchema = z.string()
  .transform(normalizeLogin)
  .pipe(z.string()
    .min(LOGIN_MIN_LENGTH, `Логин — не короче ${LOGIN_MIN_LENGTH} символов.`)
    .max(LOGIN_MAX_LENGTH, `Логин — не длиннее ${LOGIN_MAX_LENGTH} символов.`)
    .regex(allowed, 'Логин может содержать латинские или русские буквы, цифры, точку, дефис и подчёркивание.')
    .refine(login => !(latin.test(login) && cyrillic.test(login)),
      'Логин пишется либо латиницей, либо кириллицей: смешанные буквы выглядят одинаково и путают людей.'))
