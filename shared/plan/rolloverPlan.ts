/**
 * Next year's plan from this year's («Новый учебный год»). Sections and
 * items keep their ids (next year's item refers to this year's by id) and
 * their order; the planned columns are copied, statuses and outcomes are not.
 * Timings written with explicit years or dates move forward one year and the
 * item is flagged for review: «10.10.2023» becomes «10.10.2024», but whether
 * the event really falls on that day next year is for a person to confirm.
 */
import * as Y from 'yjs'
import type { AcademicYear } from '../academicYear'
import { ItemStatus, NodeKind, plannedFields, planTextFields } from './planFields'
import { NodeKey, nodeFootnotes, nodeKind, nodeParent, nodeOrder, nodeText, planNodes } from './planDoc'

/** Moves explicit years in a timing phrase forward by one; null when there was nothing to move. */
export function shiftTimingYear (timing: string, year: AcademicYear): string | null {
  const years = new Set([year.startYear, year.startYear + 1, year.startYear - 1])
  let changed = false
  const shifted = timing
    // Four-digit years of this academic year («10.10.2023», «октябрь 2024 г.», «2023 года»).
    .replace(/(^|[^\d])(\d{4})(?!\d)/g, (match, before: string, digits: string) => {
      const value = Number(digits)
      if (!years.has(value)) return match
      changed = true
      return before + String(value + 1)
    })
    // Two-digit years in dates («10.10.23»).
    .replace(/(\d{1,2}[./]\d{1,2}[./])(\d{2})(?!\d)/g, (match, head: string, digits: string) => {
      const value = 2000 + Number(digits)
      if (!years.has(value)) return match
      changed = true
      return head + String(value + 1).slice(2)
    })
  return changed ? shifted : null
}

/** Copies the plan's structure and planned columns into `target` (an empty plan document). */
export function rolloverPlan (source: Y.Doc, target: Y.Doc, year: AcademicYear): { sections: number; items: number; flagged: number } {
  let sections = 0
  let items = 0
  let flagged = 0
  target.transact(() => {
    planNodes(source).forEach((node, id) => {
      const copy = new Y.Map<unknown>()
      const kind = nodeKind(node)
      copy.set(NodeKey.kind, kind)
      copy.set(NodeKey.parentId, nodeParent(node))
      copy.set(NodeKey.order, nodeOrder(node))
      if (kind === NodeKind.item) {
        copy.set(NodeKey.status, ItemStatus.planned)
        items++
      } else if (kind === NodeKind.section) {
        sections++
      }
      for (const [key, value] of node.entries()) {
        if (key.startsWith(NodeKey.mergeUpPrefix) && value === true) copy.set(key, true)
      }
      const notes = nodeFootnotes(node)
      if (notes && notes.size > 0) {
        const copied = new Y.Map<Y.Text>()
        notes.forEach((text, key) => copied.set(key, new Y.Text(text.toString())))
        copy.set(NodeKey.footnotes, copied)
      }
      for (const field of planTextFields) {
        const planned = (plannedFields as readonly string[]).includes(field)
        let value = planned ? nodeText(node, field)?.toString() ?? '' : ''
        if (field === 'timing') {
          const shifted = shiftTimingYear(value, year)
          if (shifted !== null) {
            value = shifted
            copy.set(NodeKey.reviewTiming, true)
            flagged++
          }
        }
        copy.set(field, new Y.Text(value))
      }
      planNodes(target).set(id, copy)
    })
  })
  return { sections, items, flagged }
}
