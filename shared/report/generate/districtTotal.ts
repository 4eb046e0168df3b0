/**
 * The total a share is taken of: the district's organisations. The team may
 * type it (the district has organisations the registry does not list); when
 * the typed value is empty or not a positive whole number, the registry's own
 * count is used, and a typed value that was not usable is said so in a note.
 */
import type { RegistryData } from '../../registry/registrySnapshot'
import { parseWholeCount } from '../percent'

export interface DistrictTotal {
  /** 0 only when nothing was typed and the registry is empty: no share can be computed. */
  total: number
  /** Sentences for the block's notes (an unusable typed total). */
  notes: string[]
}

export function readDistrictTotal (registry: RegistryData): DistrictTotal {
  const typed = registry.districtTotal.trim()
  const count = registry.organisations.length
  if (typed === '') return { total: count, notes: [] }
  const value = parseWholeCount(typed)
  if (value !== null && value > 0) return { total: value, notes: [] }
  return {
    total: count,
    notes: [`Общее число ОУ района указано как «${typed}» — это не целое положительное число; взято число ОУ в реестре: ${count}.`],
  }
}

/** The sentence said instead of a share when the total is 0. */
export const noDistrictTotal = 'в реестре нет ОУ, и общее число ОУ района не указано'
