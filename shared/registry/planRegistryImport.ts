/**
 * What an import does to a registry that already has organisations: pasting
 * last year's list again must not double the registry. An organisation whose
 * short name is already there (spelled with other spaces or quotes too) gets
 * only the statuses it does not have yet, and its full name if it had none.
 */
import { organisationKey } from './organisationKey'
import type { NewOrganisation } from './registryDoc'
import type { OrganisationData } from './registrySnapshot'

export type ImportedStatus = NonNullable<NewOrganisation['statuses']>[number]

export interface RegistryImportPlan {
  create: NewOrganisation[]
  /** Organisations already in the registry and what they gain. */
  extend: Array<{ id: string; shortName: string; statuses: ImportedStatus[]; fullName?: string }>
  /** Short names of imported organisations the registry already has as they are. */
  unchanged: string[]
}

const statusKey = (status: { status: string; topic?: string }): string =>
  `${status.status.trim().toUpperCase()}\u0000${organisationKey(status.topic ?? '')}`

export function planRegistryImport (existing: readonly OrganisationData[], imported: readonly NewOrganisation[]): RegistryImportPlan {
  const byKey = new Map(existing.map(org => [organisationKey(org.shortName), org]))
  const plan: RegistryImportPlan = { create: [], extend: [], unchanged: [] }
  for (const organisation of imported) {
    const known = byKey.get(organisationKey(organisation.shortName))
    if (!known) {
      plan.create.push(organisation)
      continue
    }
    const present = new Set(known.statuses.map(statusKey))
    const statuses = (organisation.statuses ?? []).filter(status => !present.has(statusKey(status)))
    const fullName = known.fullName.trim() === '' && organisation.fullName ? organisation.fullName : undefined
    if (statuses.length === 0 && fullName === undefined) plan.unchanged.push(known.shortName)
    else plan.extend.push({ id: known.id, shortName: known.shortName, statuses, ...(fullName === undefined ? {} : { fullName }) })
  }
  return plan
}
