/**
 * The filters of the plan's table and timeline (one definition for both
 * views). A node passes when every filter that is set matches; a section is
 * kept when it or any item in it passes, an item when it or a descendant passes.
 */
import type { ItemStatus } from './planFields'
import type { PlanNode, PlanSnapshot } from './planSnapshot'

export interface PlanFilter {
  /** Section id. */
  section?: string
  audience?: string
  responsible?: string
  organisation?: string
  status?: ItemStatus
  /** Free text searched in every field and the number. */
  text?: string
}

export function isFilterEmpty (filter: PlanFilter): boolean {
  return !filter.section && !filter.audience?.trim() && !filter.responsible?.trim() && !filter.organisation?.trim() && !filter.status && !filter.text?.trim()
}

const norm = (value: string) => value.toLocaleLowerCase('ru').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim()
const contains = (haystack: string, needle: string | undefined) => !needle?.trim() || norm(haystack).includes(norm(needle))

function itemMatches (node: PlanNode, filter: PlanFilter): boolean {
  if (filter.status && node.status !== filter.status) return false
  if (!contains(node.fields.audience, filter.audience)) return false
  if (!contains(node.fields.responsible, filter.responsible)) return false
  if (!contains(node.fields.organisation, filter.organisation)) return false
  if (filter.text?.trim()) {
    const all = [node.number, ...Object.values(node.fields)].join(' ')
    if (!contains(all, filter.text)) return false
  }
  return true
}

/** The snapshot with only what passes (numbers unchanged: they are the plan's, not the view's). */
export function filterPlan (snapshot: PlanSnapshot, filter: PlanFilter): PlanSnapshot {
  if (isFilterEmpty(filter)) return snapshot
  const keep = (node: PlanNode): PlanNode | null => {
    const children = node.children.map(keep).filter((child): child is PlanNode => child !== null)
    if (itemMatches(node, filter) || children.length > 0) return { ...node, children }
    return null
  }
  const sections = snapshot.sections
    .filter(section => !filter.section || section.id === filter.section)
    .map(section => {
      const children = section.children.map(keep).filter((child): child is PlanNode => child !== null)
      const onlySectionFilter = !filter.status && !filter.audience?.trim() && !filter.responsible?.trim() && !filter.organisation?.trim() && !filter.text?.trim()
      // A section whose own title matches the search stays (with no items); otherwise an empty section goes.
      const titleMatches = Boolean(filter.text?.trim()) && contains(section.fields.title, filter.text)
      if (children.length === 0 && !onlySectionFilter && !titleMatches) return null
      return { ...section, children }
    })
    .filter((section): section is PlanNode => section !== null)
  return { sections, orphans: snapshot.orphans }
}
