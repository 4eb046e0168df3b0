/**
 * «Инновационная инфраструктура»: the registry's organisations grouped by
 * innovation status (ФИП, РИП … in the order of knownInnovationStatuses, then
 * any other status alphabetically), with topic and period, and the share of
 * the district's organisations that have at least one status.
 *
 * A status is matched ignoring case and surrounding spaces («рип » is РИП);
 * an empty status is not a status.
 */
import { knownInnovationStatuses } from '../../registry/registryDoc'
import type { OrganisationData } from '../../registry/registrySnapshot'
import { generatedBlockTitles } from '../blockKinds'
import type { GeneratedRow, GeneratedTable, GenerationInput } from '../generatedTable'
import { formatCount, formatShare } from '../percent'
import { noDistrictTotal, readDistrictTotal } from './districtTotal'

const infrastructureColumns = ['Статус', 'ОУ', 'Тема', 'Период']

interface StatusGroup {
  /** The known spelling, or the first spelling seen. */
  status: string
  rows: Array<{ organisation: OrganisationData; topic: string; period: string }>
}

export function infrastructure (input: GenerationInput): GeneratedTable {
  const { total, notes } = readDistrictTotal(input.registry)
  const groups = groupByStatus(input.registry.organisations)
  const rows: GeneratedRow[] = []
  for (const group of groups) {
    const organisations = new Set(group.rows.map(row => row.organisation.id)).size
    const share = total > 0 ? `, ${formatShare(organisations, total)}` : ''
    rows.push({ cells: [`${group.status} (${formatCount(organisations)} ОУ${share})`], group: true })
    for (const row of group.rows) {
      rows.push({ cells: [group.status, organisationName(row.organisation), row.topic, row.period] })
    }
  }
  const withStatus = new Set(groups.flatMap(group => group.rows.map(row => row.organisation.id))).size
  const table: GeneratedTable = {
    title: generatedBlockTitles.infrastructure,
    columns: infrastructureColumns,
    rows,
    notes: [...notes, ...shareNotes(withStatus, total)],
  }
  return rows.length === 0 ? { ...table, empty: 'Нет ОУ с инновационным статусом.' } : table
}

function shareNotes (withStatus: number, total: number): string[] {
  const label = 'Доля ОУ с инновационным статусом'
  if (total === 0) return [`${label}: не рассчитана — ${noDistrictTotal}.`]
  const notes = [`${label}: ${formatCount(withStatus)} из ${formatCount(total)} (${formatShare(withStatus, total)})`]
  if (withStatus > total) {
    notes.push(`ОУ со статусом (${formatCount(withStatus)}) больше, чем общее число ОУ района (${formatCount(total)}): проверьте общее число в реестре.`)
  }
  return notes
}

function groupByStatus (organisations: readonly OrganisationData[]): StatusGroup[] {
  const known = new Map<string, string>(knownInnovationStatuses.map(status => [statusKey(status), status]))
  const groups = new Map<string, StatusGroup>()
  for (const organisation of organisations) {
    for (const entry of organisation.statuses) {
      const typed = entry.status.trim()
      if (typed === '') continue
      const key = statusKey(typed)
      let group = groups.get(key)
      if (!group) groups.set(key, group = { status: known.get(key) ?? typed, rows: [] })
      group.rows.push({ organisation, topic: entry.topic.trim(), period: entry.period.trim() })
    }
  }
  const rank = (group: StatusGroup) => {
    const index = (knownInnovationStatuses as readonly string[]).indexOf(group.status)
    return index === -1 ? knownInnovationStatuses.length : index
  }
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || a.status.localeCompare(b.status, 'ru'))
}

const statusKey = (status: string): string => status.trim().replace(/\s+/g, ' ').toLocaleUpperCase('ru')

function organisationName (organisation: OrganisationData): string {
  return organisation.shortName.trim() || organisation.fullName.trim() || '(без названия)'
}
