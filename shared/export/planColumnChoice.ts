import { NodeKind } from '../plan/planFields'
import { flattenRows, type PlanSnapshot } from '../plan/planSnapshot'

/**
 * The plan columns an export may be asked for (`columns=` in REST,
 * `--columns` in the CLI, the export dialog), in the official form's order.
 * «№» and «Наименование» always print, so they are not a choice.
 */
export const exportablePlanColumns = ['timing', 'audience', 'expectedResult', 'responsible', 'organisation'] as const
export type ExportablePlanColumn = (typeof exportablePlanColumns)[number]

export const exportColumnLabels: Record<ExportablePlanColumn, string> = {
  timing: 'Сроки проведения',
  audience: 'Целевая аудитория',
  expectedResult: 'Ожидаемый результат',
  responsible: 'Ответственный',
  organisation: 'Организатор',
}

/** «timing,audience,responsible» → the columns; an unknown name is an error naming the known ones. */
export function parseColumnChoice (text: string): { ok: true; columns: ExportablePlanColumn[] } | { ok: false; error: string } {
  const names = text.split(',').map((name) => name.trim()).filter((name) => name !== '' && name !== 'number' && name !== 'title')
  const unknown = names.filter((name) => !(exportablePlanColumns as readonly string[]).includes(name))
  if (unknown.length > 0) {
    return { ok: false, error: `Неизвестные столбцы: ${unknown.join(', ')}. Допустимые: ${exportablePlanColumns.join(', ')} (№ и наименование выводятся всегда).` }
  }
  return { ok: true, columns: exportablePlanColumns.filter((column) => names.includes(column)) }
}

/** The columns printed when none are chosen: the form's three, and «Ответственный» / «Организатор» when any item fills them. */
export function usedPlanColumns (plan: PlanSnapshot): ExportablePlanColumn[] {
  const used = new Set<ExportablePlanColumn>(['timing', 'audience', 'expectedResult'])
  for (const row of flattenRows(plan)) {
    if (row.kind !== NodeKind.item) continue
    for (const column of exportablePlanColumns) if (row.fields[column].trim() !== '') used.add(column)
  }
  return exportablePlanColumns.filter((column) => used.has(column))
}
