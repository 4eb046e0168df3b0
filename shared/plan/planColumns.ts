/**
 * Which column of a source table holds which field of a plan item.
 *
 * Real plans use the official form's columns, but not always in its order, and
 * with their own wording («Участники» instead of «Целевая аудитория», a column
 * for the responsible methodologist or the organising school). So columns are
 * recognised by their header text, and positional order is only the fallback.
 */
import type { ItemField } from './importedPlan'

export type ColumnKey = 'number' | ItemField

/** Column index (0-based) per field; a field with no column is absent. */
export type ColumnMapping = Partial<Record<ColumnKey, number>>

/** The official form's order, used when a table has no recognisable header. */
const positionalOrder: readonly ColumnKey[] = [
  'number', 'title', 'timing', 'audience', 'expectedResult', 'responsible', 'organisation',
]

// Tested against a normalised header cell (lower case, ё → е, single spaces).
// Order matters: «Ответственный за организацию» is a responsible person, and
// «Наименование организации» would otherwise look like an event title.
const headerPatterns: ReadonlyArray<readonly [ColumnKey, RegExp]> = [
  ['number', /^(№|n\s*п|номер|п\s*[./]\s*п)/],
  ['responsible', /^ответствен/],
  ['organisation', /^(организатор|оу(?![а-я])|оо(?![а-я])|образовательн\S* (учрежден|организац)|место проведения)/],
  ['audience', /^(целев|аудитори|участник|категори)/],
  ['timing', /^(срок|дата|период|время)/],
  ['expectedResult', /^(ожидаем|результат|планируем\S* результат)/],
  ['title', /^(наименование|название|мероприяти|содержание|тема)/],
]

// A header is a short row; a long cell is data even if it starts like a header.
const maxHeaderCellLength = 60
const maxHeaderScanRows = 15

function normalise (text: string): string {
  return text.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ')
}

/** The field a header cell names, if any. */
export function columnForHeader (text: string): ColumnKey | undefined {
  const cell = normalise(text)
  if (cell === '' || cell.length > maxHeaderCellLength) return undefined
  return headerPatterns.find(([, pattern]) => pattern.test(cell))?.[0]
}

export interface DetectedHeader {
  /** Index of the header row in the rows given. */
  index: number
  mapping: ColumnMapping
  /** Header cells with text that name no known field: their text has nowhere to go. */
  unknownColumns: Array<{ index: number; text: string }>
  /** Number of columns the header spans. */
  width: number
}

/**
 * Finds the header row near the top: the first row in which at least three
 * cells name distinct known fields (two would match ordinary data too often).
 */
export function detectHeader (rows: readonly (readonly string[])[]): DetectedHeader | undefined {
  const scan = Math.min(rows.length, maxHeaderScanRows)
  for (let index = 0; index < scan; index++) {
    const mapping: ColumnMapping = {}
    const unknownColumns: DetectedHeader['unknownColumns'] = []
    rows[index].forEach((cell, column) => {
      const key = columnForHeader(cell)
      if (key !== undefined && mapping[key] === undefined) mapping[key] = column
      else if (cell.trim() !== '') unknownColumns.push({ index: column, text: cell.trim() })
    })
    if (Object.keys(mapping).length >= 3) {
      return { index, mapping, unknownColumns, width: lastNonEmpty(rows[index]) + 1 }
    }
  }
  return undefined
}

/** The official form's columns, left to right, for a table of `width` columns. */
export function positionalMapping (width: number): ColumnMapping {
  const mapping: ColumnMapping = {}
  positionalOrder.slice(0, Math.max(width, 5)).forEach((key, column) => { mapping[key] = column })
  return mapping
}

function lastNonEmpty (row: readonly string[]): number {
  for (let i = row.length - 1; i >= 0; i--) if (row[i].trim() !== '') return i
  return -1
}
