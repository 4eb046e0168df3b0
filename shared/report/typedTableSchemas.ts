/**
 * What validation says about a typed table's cells. A cell stays exactly as
 * typed; its column's type only decides the message shown beside it (null
 * when there is nothing to say). An empty cell is never an error: tables are
 * filled in over weeks.
 */
import { z } from 'zod'
import { CellType, typedTableDefinitions, type TypedTableKind } from './typedTableKinds'

export const cellMessages = {
  number: 'Только цифры: целое неотрицательное число',
  date: 'Дата указывается как 15.09.2022',
  url: 'Ссылка указывается полностью, начиная с http:// или https://',
} as const

/** «15.09.2022», «15.09.22», optionally followed by «г.»; the day must exist in that month. */
function isExactDate (text: string): boolean {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\s*(?:г\.?)?$/.exec(text)
  if (!match) return false
  const day = Number(match[1])
  const month = Number(match[2])
  const year = match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3])
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function isWebAddress (text: string): boolean {
  if (/\s/.test(text)) return false
  try {
    const url = new URL(text)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

const trimmed = z.string().transform(text => text.trim())
const filled = (check: (text: string) => boolean, message: string) =>
  trimmed.refine(text => text === '' || check(text), message)

export const cellSchemas: Record<CellType, z.ZodType<string, string>> = {
  text: z.string(),
  number: filled(text => /^\d{1,9}$/.test(text), cellMessages.number),
  date: filled(isExactDate, cellMessages.date),
  url: filled(isWebAddress, cellMessages.url),
}

/** Null when the text is fine for a column of this type, else the message to show. */
export function validateCell (type: CellType, text: string): string | null {
  const result = cellSchemas[type].safeParse(text)
  return result.success ? null : result.error.issues[0]?.message ?? null
}

/** Messages by column key for one row (only the columns that have one); {} when the row is fine. */
export function validateTypedRow (kind: TypedTableKind, values: Readonly<Record<string, string>>): Record<string, string> {
  const messages: Record<string, string> = {}
  for (const column of typedTableDefinitions[kind].columns) {
    const message = validateCell(column.type, values[column.key] ?? '')
    if (message !== null) messages[column.key] = message
  }
  return messages
}
