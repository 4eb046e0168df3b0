/**
 * The plan as the read API gives it to integrations (a committee's
 * dashboard, a school's site, scripts): one flat list in tree order, each
 * node with its derived number, its status, the months its timing covers and
 * its fields named as in planFields.ts. Plain data, stable for scripts.
 */
import type { AcademicYear } from '../academicYear'
import { parseTiming } from '../timing/parseTiming'
import { NodeKind, planTextFields, type ItemStatus, type PlanTextField } from './planFields'
import { flattenRows, type PlanNode, type PlanSnapshot } from './planSnapshot'

/** A section, an unnumbered sub-heading row inside it, or an event. */
export type PlanReadKind = NodeKind

export type PlanReadItem = {
  id: string
  parentId: string | null
  kind: PlanReadKind
  /** Derived from the tree («4.12.7»); empty for an orphan. */
  number: string
  /** Sections and sub-headings have none. */
  status: ItemStatus | null
  /** «YYYY-MM» months the timing covers, sorted. */
  months: string[]
} & Record<PlanTextField, string>

export function planReadModel (snapshot: PlanSnapshot, year: AcademicYear): { items: PlanReadItem[] } {
  const rows = [...flattenRows(snapshot), ...snapshot.orphans]
  return { items: rows.map(node => readItem(node, year)) }
}

function readItem (node: PlanNode, year: AcademicYear): PlanReadItem {
  const fields = Object.fromEntries(planTextFields.map(field => [field, node.fields[field]])) as Record<PlanTextField, string>
  const isItem = node.kind === NodeKind.item
  return {
    id: node.id,
    parentId: node.parentId,
    kind: node.kind,
    number: node.number,
    status: isItem ? node.status : null,
    months: !isItem || node.fields.timing.trim() === '' ? [] : parseTiming(node.fields.timing, year).months,
    ...fields,
  }
}
