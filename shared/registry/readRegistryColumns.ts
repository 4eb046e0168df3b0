/**
 * A line as table cells (tab- or «;»-separated): short name, full name,
 * status, topic, period. Every column after the short name is optional, so a
 * row with fewer cells is read by what each cell looks like: a status code,
 * a period with a year, or text (the full name before the status, the topic
 * after it). A header row, when there is one, says which column is which.
 */
import { readStatusCell } from './innovationStatusText'
import { isPeriodText } from './periodText'
import { emptyRegistryLine, unquote, type RegistryLine } from './registryLine'
import { registryImportMessages } from './registryImportMessages'

export type RegistryColumn = 'number' | 'shortName' | 'fullName' | 'status' | 'topic' | 'period'

const positional: readonly RegistryColumn[] = ['shortName', 'fullName', 'status', 'topic', 'period']

/** Splits a line into cells: tabs first, else «;» outside «…» (a topic may contain «;»). */
export function splitRegistryCells (line: string): string[] {
  if (line.includes('\t')) return line.split('\t').map(cell => cell.trim())
  const cells: string[] = []
  let depth = 0
  let current = ''
  for (const char of line) {
    if (char === '«') depth++
    else if (char === '»' && depth > 0) depth--
    if (char === ';' && depth === 0) {
      cells.push(current.trim())
      current = ''
    } else current += char
  }
  cells.push(current.trim())
  return cells
}

/** The columns a header row names, or null when the row is data. */
export function readRegistryHeader (cells: readonly string[]): Array<RegistryColumn | null> | null {
  // A header is a few short words; a data row has numbers («№ 287», «2021») or long texts.
  if (cells.some(cell => cell.length > 40 || /\d/.test(cell))) return null
  const names = cells.some(cell => /назван|наименован|организац|^оу$|^оо$/iu.test(cell))
  const others = cells.some(cell => /статус|тем[аы]|период|срок/iu.test(cell))
  if (!names || !others) return null
  const columns: Array<RegistryColumn | null> = []
  for (const cell of cells) {
    const taken = (column: RegistryColumn) => columns.includes(column)
    let column: RegistryColumn | null = null
    if (/^(?:№|n|#)|п\/п/iu.test(cell)) column = 'number'
    else if (/полн/iu.test(cell)) column = 'fullName'
    else if (/кратк|сокращ/iu.test(cell)) column = 'shortName'
    else if (/статус/iu.test(cell)) column = 'status'
    else if (/тем[аы]/iu.test(cell)) column = 'topic'
    else if (/период|срок|год/iu.test(cell)) column = 'period'
    else if (/назван|наименован|организац|^оу$|^оо$/iu.test(cell)) column = taken('shortName') ? 'fullName' : 'shortName'
    columns.push(column !== null && taken(column) ? null : column)
  }
  return columns.includes('shortName') || columns.includes('fullName') ? columns : null
}

/** Which column each cell of a row without a header fills. */
function guessColumns (cells: readonly string[]): Array<RegistryColumn | null> {
  if (cells.length >= positional.length) return cells.map((_, index) => positional[index] ?? null)
  const columns: Array<RegistryColumn | null> = ['shortName']
  let stage: 'fullName' | 'topic' | 'extra' = 'fullName'
  for (const cell of cells.slice(1)) {
    let column: RegistryColumn | null = null
    if (cell === '') column = null
    else if (!columns.includes('status') && readStatusCell(cell) !== null) {
      column = 'status'
      stage = 'topic'
    } else if (!columns.includes('period') && isPeriodText(cell)) column = 'period'
    else if (stage === 'fullName') {
      column = 'fullName'
      stage = 'topic'
    } else if (stage === 'topic') {
      column = 'topic'
      stage = 'extra'
    }
    columns.push(column)
  }
  return columns
}

export function readRegistryColumns (source: readonly string[], header: ReadonlyArray<RegistryColumn | null> | null): RegistryLine {
  // «1», «2.» in front of a row without a header is the row's number.
  const cells = header === null && source.length > 2 && /^\d{1,3}[.)]?$/.test(source[0]) ? source.slice(1) : source
  const columns = header ?? guessColumns(cells)
  const line = emptyRegistryLine()
  const extra: string[] = []
  cells.forEach((cell, index) => {
    const column = columns[index]
    if (cell === '' || column === 'number') return
    switch (column) {
      case 'shortName': line.shortName = cell; break
      case 'fullName': line.fullName = cell; break
      case 'status': line.statuses = readStatusCell(cell) ?? [cell]; break
      case 'topic': line.topic = unquote(cell); break
      case 'period': line.period = cell; break
      default: extra.push(cell)
    }
  })
  if (extra.length > 0) {
    line.topic = [line.topic, ...extra].filter(Boolean).join('; ')
    line.notes.push(registryImportMessages.extraColumns(extra.length))
  }
  if (line.shortName === '' && line.fullName !== '') {
    line.shortName = line.fullName
    line.notes.push(registryImportMessages.noShortName)
  }
  return line
}
