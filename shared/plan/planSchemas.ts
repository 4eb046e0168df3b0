/**
 * Schemas of the plan's own types, used on both sides: to validate what
 * people type (as problems, never as refusals) and to check plain plan data
 * that enters through import, backup or the API.
 */
import { z } from 'zod'
import type { AcademicYear } from '../academicYear'
import { defaultCalendarYear, monthNumberOf } from '../timing/monthNames'
import { isoDay } from '../timing/yearMonth'
import { itemStatuses, NodeKind, planTextFields, type PlanTextField } from './planFields'

/** Empty, or a whole number of people. Kept as typed either way; this only says whether it is valid. */
export const participantsSchema = z.string().refine(
  value => value.trim() === '' || /^\d{1,7}$/.test(value.trim()),
  'Число участников — целое неотрицательное число.',
)

export const itemStatusSchema = z.enum(itemStatuses as unknown as [string, ...string[]])

const fieldsShape = Object.fromEntries(planTextFields.map(field => [field, z.string()])) as Record<PlanTextField, z.ZodString>

/** A node as plain data (a snapshot, a backup, an API payload). */
export const planNodeDataSchema: z.ZodType<PlanNodeData> = z.lazy(() => z.object({
  id: z.string().min(1),
  kind: z.enum([NodeKind.section, NodeKind.subheading, NodeKind.item]),
  fields: z.object(fieldsShape),
  status: itemStatusSchema,
  sourceNumber: z.string().optional(),
  children: z.array(planNodeDataSchema),
}))

export interface PlanNodeData {
  id: string
  kind: NodeKind
  fields: Record<PlanTextField, string>
  status: string
  sourceNumber?: string
  children: PlanNodeData[]
}

/**
 * Reads «15.09.2023», «15.09.23», «15.09», «15 октября» or «15 октября 2023 г.»
 * (without a year, the year follows the academic-year rule) as "YYYY-MM-DD";
 * null when it is not one exact date.
 */
export function readExactDate (text: string, year: AcademicYear): string | null {
  const numeric = /^\s*(\d{1,2})[./](\d{1,2})(?:[./](\d{2}|\d{4}))?\s*(?:г\.?)?\s*$/.exec(text)
  const worded = numeric ? null : /^\s*(\d{1,2})\s+([а-яё]+\.?)(?:\s+(\d{4}))?\s*(?:г\.?|года)?\s*$/i.exec(text)
  const m = numeric ?? worded
  if (!m) return null
  const day = Number(m[1])
  const month = numeric ? Number(m[2]) : monthNumberOf(m[2]) ?? 0
  if (month < 1 || month > 12 || day < 1) return null
  let calendarYear = m[3] ? Number(m[3]) : defaultCalendarYear(month, year)
  if (calendarYear < 100) calendarYear += 2000
  const daysInMonth = new Date(Date.UTC(calendarYear, month, 0)).getUTCDate()
  if (day > daysInMonth) return null
  return isoDay(calendarYear, month, day)
}
