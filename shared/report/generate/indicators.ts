/**
 * «Показатели эффективности»: indicator | count | share of the district's
 * organisations (as in the Petrogradsky report, «27 из 63 → 43 %»), and a
 * chart series of each indicator's dynamics over past years.
 *
 * Counts and past values are text as typed: one that is not a number is shown
 * as typed, gets «—» for a share or is left off the chart, and a note names
 * it, so nothing is silently dropped.
 */
import type { IndicatorData } from '../../registry/registrySnapshot'
import { generatedBlockTitles } from '../blockKinds'
import type { GeneratedRow, GeneratedTable, GenerationInput } from '../generatedTable'
import { formatCount, formatShare, NO_SHARE, parseTypedNumber, parseWholeCount } from '../percent'
import { noDistrictTotal, readDistrictTotal } from './districtTotal'

const indicatorsColumns = ['Показатель', 'Количество', 'Доля, %']

type Chart = NonNullable<GeneratedTable['charts']>[number]

export function indicators (input: GenerationInput): GeneratedTable {
  const { total, notes } = readDistrictTotal(input.registry)
  const list = input.registry.indicators
  const table: GeneratedTable = { title: generatedBlockTitles.indicators, columns: indicatorsColumns, rows: [], notes }
  if (list.length === 0) return { ...table, empty: 'Показатели не заданы.' }
  const rows: GeneratedRow[] = []
  const countNotes: string[] = []
  for (const indicator of list) {
    const name = indicatorName(indicator)
    const typed = indicator.count.trim()
    const count = parseWholeCount(typed)
    if (typed === '') countNotes.push(`Показатель «${name}»: количество не указано.`)
    else if (count === null) countNotes.push(`Показатель «${name}»: количество «${typed}» — не целое число, доля не рассчитана.`)
    rows.push({ cells: [name, count === null ? typed : formatCount(count), count === null ? NO_SHARE : formatShare(count, total)] })
  }
  const totalNote = total > 0
    ? `Доля — от общего числа ОУ района (всего — ${formatCount(total)}).`
    : `Доля не рассчитана: ${noDistrictTotal}.`
  const { charts, notes: chartNotes } = dynamics(list)
  return { ...table, rows, notes: [...notes, totalNote, ...countNotes, ...chartNotes], charts }
}

/** One series per indicator with at least two valid past values, points in the order entered. */
function dynamics (list: readonly IndicatorData[]): { charts: Chart[]; notes: string[] } {
  const charts: Chart[] = []
  const notes: string[] = []
  for (const indicator of list) {
    const name = indicatorName(indicator)
    const points: Chart['points'] = []
    for (const point of indicator.history) {
      const value = parseTypedNumber(point.value)
      const year = point.year.trim()
      if (value !== null) points.push({ label: year, value })
      else if (point.value.trim() !== '') {
        notes.push(`Показатель «${name}»${year ? `, ${year}` : ''}: значение «${point.value.trim()}» — не число, в динамику не включено.`)
      }
    }
    if (points.length >= 2) charts.push({ title: name, points })
  }
  return { charts, notes }
}

function indicatorName (indicator: IndicatorData): string {
  return indicator.name.trim() || '(без названия)'
}
