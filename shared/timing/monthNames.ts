/**
 * Russian month names as plans write them (any case form, abbreviations) and the
 * academic-year order of months (September first).
 */
import type { AcademicYear } from '../academicYear'
import { yearMonth } from './yearMonth'

/** Nominative names, index 0 = January: the form a timeline label uses. */
export const monthNominative: readonly string[] = [
  'январь', 'февраль', 'март', 'апрель', 'май', 'июнь',
  'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
]

// Endings of the case forms: «октябрь/октября/октябре/октябрю/октябрём»,
// «март/марта/марте/марту/мартом». «ё» is compared as «е».
const softEndings = ['ь', 'я', 'е', 'ю', 'ем']
const hardEndings = ['', 'а', 'е', 'у', 'ом']

const stems: ReadonlyArray<{ month: number; stem: string; endings: string[]; abbreviations: string[] }> = [
  { month: 1, stem: 'январ', endings: softEndings, abbreviations: ['янв'] },
  { month: 2, stem: 'феврал', endings: softEndings, abbreviations: ['фев', 'февр'] },
  { month: 3, stem: 'март', endings: hardEndings, abbreviations: ['мар'] },
  { month: 4, stem: 'апрел', endings: softEndings, abbreviations: ['апр'] },
  { month: 5, stem: 'ма', endings: ['й', 'я', 'е', 'ю', 'ем'], abbreviations: [] },
  { month: 6, stem: 'июн', endings: softEndings, abbreviations: ['июн'] },
  { month: 7, stem: 'июл', endings: softEndings, abbreviations: ['июл'] },
  { month: 8, stem: 'август', endings: hardEndings, abbreviations: ['авг'] },
  { month: 9, stem: 'сентябр', endings: softEndings, abbreviations: ['сен', 'сент'] },
  { month: 10, stem: 'октябр', endings: softEndings, abbreviations: ['окт'] },
  { month: 11, stem: 'ноябр', endings: softEndings, abbreviations: ['ноя', 'нояб'] },
  { month: 12, stem: 'декабр', endings: softEndings, abbreviations: ['дек'] },
]

const monthByWord: ReadonlyMap<string, number> = new Map(stems.flatMap(({ month, stem, endings, abbreviations }) => [
  ...endings.map(ending => [stem + ending, month] as const),
  ...abbreviations.map(abbreviation => [abbreviation, month] as const),
]))

/**
 * The month (1–12) a word names, or undefined. Accepts any case and «ё»; a
 * trailing dot of an abbreviation («окт.») is ignored.
 */
export function monthNumberOf (word: string): number | undefined {
  const key = word.toLowerCase().replace(/ё/g, 'е').replace(/\.$/, '')
  return monthByWord.get(key)
}

/**
 * The calendar rule: September–December fall in the year's first calendar year,
 * January–August in the second. Returns "YYYY-MM".
 */
export function monthOfAcademicYear (month: number, year: AcademicYear): string {
  return yearMonth(defaultCalendarYear(month, year), month)
}

/** The calendar year a month without an explicit year belongs to. */
export function defaultCalendarYear (month: number, year: AcademicYear): number {
  return month >= 9 ? year.startYear : year.startYear + 1
}

/** The twelve months of the year in timeline order: September … August. */
export function academicMonths (year: AcademicYear): string[] {
  const order = [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8]
  return order.map(month => monthOfAcademicYear(month, year))
}

/** Position 0–11 of a "YYYY-MM" month in the year (September = 0), or -1 outside it. */
export function academicMonthIndex (value: string, year: AcademicYear): number {
  return academicMonths(year).indexOf(value)
}
