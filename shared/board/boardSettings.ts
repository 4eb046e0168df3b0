/**
 * A board's document settings: who the documents come from and who approves
 * them, for the title page and the approval block of every export (ГОСТ Р
 * 7.0.97-2016: «УТВЕРЖДАЮ» — the director; «СОГЛАСОВАНО» — the Expert
 * Council's chair with its protocol). Edited by the board's owner, carried
 * over by the year rollover, kept in the JSON backup. Every field may stay
 * empty: an empty field is simply not printed (a board made before the
 * settings existed exports as before).
 */
import { z } from 'zod'

/** Long enough for «Государственное бюджетное учреждение дополнительного профессионального педагогического образования …». */
const MAX_ORGANISATION_LENGTH = 500
/** A position such as «Директор ГБУ ДППО ЦПКС ИМЦ Петроградского района Санкт-Петербурга». */
const MAX_POSITION_LENGTH = 300
const MAX_CITY_LENGTH = 100
const MAX_PROTOCOL_NUMBER_LENGTH = 30

/**
 * «И. О. Фамилия» (ГОСТ Р 7.0.97-2016, 5.20: initials before the surname),
 * also with one initial or no spaces between initials, and double surnames.
 */
const signatoryNamePattern = /^[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$/u

const trimmed = (max: number, what: string) => z.string().trim().max(max, `${what} — не длиннее ${max} символов.`)

const signatoryName = z.string().trim().refine(
  (value) => value === '' || signatoryNamePattern.test(value),
  'Имя подписывающего пишется как «И. О. Фамилия» (инициалы перед фамилией), например «А. В. Смирнова».',
)

/** «28.08.2023», or empty. */
const protocolDate = z.string().trim().refine(
  (value) => value === '' || validDayText(value),
  'Дата протокола — в виде ДД.ММ.ГГГГ, например 28.08.2023.',
)

function validDayText (value: string): boolean {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value)
  if (!m) return false
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export const signatorySchema = z.object({
  position: trimmed(MAX_POSITION_LENGTH, 'Должность'),
  name: signatoryName,
})
export type Signatory = z.infer<typeof signatorySchema>

export const boardSettingsSchema = z.object({
  /** Full name of the organisation, for the title page. */
  organisation: trimmed(MAX_ORGANISATION_LENGTH, 'Название организации'),
  /** «Санкт-Петербург»: printed at the foot of the title page with the year. */
  city: trimmed(MAX_CITY_LENGTH, 'Город'),
  /** Approves the documents: «УТВЕРЖДАЮ». */
  director: signatorySchema,
  /** Agrees them for the Expert Council: «СОГЛАСОВАНО». */
  councilChair: signatorySchema,
  protocol: z.object({
    number: trimmed(MAX_PROTOCOL_NUMBER_LENGTH, 'Номер протокола'),
    date: protocolDate,
  }),
})
export type BoardSettings = z.infer<typeof boardSettingsSchema>

export function emptyBoardSettings (): BoardSettings {
  return {
    organisation: '',
    city: '',
    director: { position: '', name: '' },
    councilChair: { position: '', name: '' },
    protocol: { number: '', date: '' },
  }
}
