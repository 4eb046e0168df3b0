/**
 * Reads a list of organisations pasted from a report or a spreadsheet: one
 * organisation per line, either as table cells (tab- or «;»-separated: short
 * name, full name, status, topic, period; a header row may say the order) or
 * as a sentence («ГБОУ № 287 — РИП: «Тема…» (2021–2023)»).
 *
 * Nothing is dropped: a line that cannot be read becomes an organisation
 * named exactly as written, and everything the import had to guess is listed
 * in `problems` with its line, so the user reviews the guesses in the
 * preview. An organisation listed twice (once per status, as reports do) is
 * one organisation with both statuses.
 */
import { isKnownStatus } from './innovationStatusText'
import { organisationKey } from './organisationKey'
import { organisationTypeFromName } from './organisationTypeFromName'
import { readRegistryColumns, readRegistryHeader, splitRegistryCells, type RegistryColumn } from './readRegistryColumns'
import { readRegistryFreeLine } from './readRegistryFreeLine'
import { OrganisationType, type NewOrganisation } from './registryDoc'
import { registryImportMessages as messages } from './registryImportMessages'
import type { RegistryLine } from './registryLine'

export interface RegistryImportProblem {
  /** 1-based line of the pasted text. */
  line: number
  /** For the user, in Russian: what was seen and what the import did with it. */
  message: string
  /** The line as written. */
  text: string
}

export interface ImportedRegistry {
  organisations: NewOrganisation[]
  /** The 1-based line where each organisation (same index) was first given. */
  lines: number[]
  problems: RegistryImportProblem[]
}

type InnovationStatus = NonNullable<NewOrganisation['statuses']>[number]

function statusesOf (line: RegistryLine): InnovationStatus[] {
  if (line.statuses.length === 0) {
    return line.topic !== '' || line.period !== '' ? [{ status: '', topic: line.topic, period: line.period }] : []
  }
  return line.statuses.map(status => ({ status, topic: line.topic, period: line.period }))
}

/** The messages about one line that need no other line. */
function notesOf (line: RegistryLine, type: OrganisationType): string[] {
  if (line.unrecognised) return [messages.unrecognised, ...line.notes]
  const notes = [...line.notes]
  if (line.statuses.length === 0 && (line.topic !== '' || line.period !== '')) notes.push(messages.noStatus)
  for (const status of line.statuses) {
    if (!isKnownStatus(status)) notes.push(messages.unknownStatus(status))
  }
  if (/\d+\s*,\s*\d+/.test(line.shortName)) notes.push(messages.severalOrganisations)
  else if (type === OrganisationType.other) notes.push(messages.unknownType)
  return notes
}

export function importRegistryText (text: string): ImportedRegistry {
  const organisations: NewOrganisation[] = []
  const lines: number[] = []
  const problems: RegistryImportProblem[] = []
  const byKey = new Map<string, number>()
  let header: Array<RegistryColumn | null> | null = null

  text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').forEach((source, index) => {
    if (source.trim() === '') return
    const lineNumber = index + 1
    const problem = (message: string) => problems.push({ line: lineNumber, message, text: source })
    const cells = splitRegistryCells(source)
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop()
    const columnar = cells.filter(cell => cell !== '').length >= 2
    if (columnar && organisations.length === 0 && header === null) {
      header = readRegistryHeader(cells)
      if (header !== null) return
    }
    let line = columnar ? readRegistryColumns(cells, header) : readRegistryFreeLine(cells.find(cell => cell !== '') ?? '')
    if (line.shortName === '') line = { ...line, shortName: source.trim(), unrecognised: true }

    const type = organisationTypeFromName(`${line.shortName} ${line.fullName}`)
    notesOf(line, type).forEach(problem)
    const statuses = statusesOf(line)
    const key = organisationKey(line.shortName)
    const earlier = byKey.get(key)
    if (earlier === undefined) {
      byKey.set(key, organisations.length)
      organisations.push({ shortName: line.shortName, fullName: line.fullName, type, statuses })
      lines.push(lineNumber)
      return
    }
    const organisation = organisations[earlier]
    problem(messages.repeated(lines[earlier]))
    organisation.statuses = [...(organisation.statuses ?? []), ...statuses]
    if (!organisation.fullName) organisation.fullName = line.fullName
    else if (line.fullName !== '' && organisationKey(line.fullName) !== organisationKey(organisation.fullName)) {
      problem(messages.otherFullName(lines[earlier]))
    }
  })
  return { organisations, lines, problems }
}
