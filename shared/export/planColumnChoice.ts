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
