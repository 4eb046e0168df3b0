/** The counts the registry tab shows and shares are computed from. */
import { parseWholeCount } from '../report/percent'
import type { OrganisationData } from './registrySnapshot'

/** An organisation counts as part of the innovation infrastructure once one of its statuses is filled in. */
function hasInnovationStatus (organisation: Pick<OrganisationData, 'statuses'>): boolean {
  return organisation.statuses.some(status => status.status.trim() !== '')
}

export interface RegistryCounts {
  organisations: number
  withStatus: number
}

export function registryCounts (organisations: readonly Pick<OrganisationData, 'statuses'>[]): RegistryCounts {
  return { organisations: organisations.length, withStatus: organisations.filter(hasInnovationStatus).length }
}

export interface DistrictTotal {
  /** The total shares are computed from; null when there is none (a typo, or an empty registry). */
  value: number | null
  /** Whether the team typed one (else the registry's count stands in). */
  typed: boolean
  /** False when what was typed is not a positive whole number. */
  valid: boolean
}

/** The district's total of organisations: as typed when it is a positive whole number, else the registry's count. */
export function districtTotal (typed: string, registryCount: number): DistrictTotal {
  if (typed.trim() === '') return { value: registryCount > 0 ? registryCount : null, typed: false, valid: true }
  const value = parseWholeCount(typed)
  return value !== null && value > 0 ? { value, typed: true, valid: true } : { value: null, typed: true, valid: false }
}
