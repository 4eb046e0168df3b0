/**
 * What the filter bar offers: section titles with their numbers, and the
 * values people actually typed in a field (so a filter can be picked, not
 * guessed — «методист Иванова» vs «Иванова И.И.» is visible at once).
 */
import type { PlanTextField } from '../../../shared/plan/planFields'
import { flattenItems, type PlanSnapshot } from '../../../shared/plan/planSnapshot'

/** A datalist longer than this helps nobody; typing narrows it anyway. */
const MAX_SUGGESTIONS = 200

export interface SectionOption {
  id: string
  label: string
}

export function sectionOptions (snapshot: PlanSnapshot): SectionOption[] {
  return snapshot.sections.map(section => ({ id: section.id, label: `${section.number}. ${oneLine(section.fields.title)}` }))
}

/** The distinct values of a field across items, one line each, in Russian alphabetical order. */
export function distinctValues (snapshot: PlanSnapshot, field: PlanTextField): string[] {
  const seen = new Map<string, string>()
  for (const item of flattenItems(snapshot)) {
    const value = oneLine(item.fields[field])
    const key = value.toLocaleLowerCase('ru')
    if (value && !seen.has(key)) seen.set(key, value)
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b, 'ru')).slice(0, MAX_SUGGESTIONS)
}

export function countItems (snapshot: PlanSnapshot): number {
  return flattenItems(snapshot).length
}

function oneLine (text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
