import type * as Y from 'yjs'
import { reportChildren, type RecordMap } from '../../shared/report/reportDoc'

/** One section of the report in reading order, with what the outline and the section controls need. */
export interface OutlineEntry {
  id: string
  /** Derived from the tree, never stored: «1», «3», «3.2». */
  number: string
  depth: number
  parentId: string | null
  /** Position among its siblings, and how many siblings there are. */
  index: number
  siblingCount: number
  childCount: number
  section: RecordMap
}

/** The section tree flattened depth-first, numbered 1, 2, 3, 3.1 … */
export function readReportOutline (doc: Y.Doc): OutlineEntry[] {
  const entries: OutlineEntry[] = []
  const visit = (parentId: string | null, prefix: string, depth: number, seen: Set<string>) => {
    const children = reportChildren(doc, parentId)
    children.forEach(([id, section], index) => {
      // A cycle cannot be made through moveReportSection, but two concurrent
      // moves can still make one; stop instead of recursing forever.
      if (seen.has(id)) return
      seen.add(id)
      const number = prefix ? `${prefix}.${index + 1}` : String(index + 1)
      const entry: OutlineEntry = { id, number, depth, parentId, index, siblingCount: children.length, childCount: 0, section }
      entries.push(entry)
      visit(id, number, depth + 1, seen)
      entry.childCount = reportChildren(doc, id).length
    })
  }
  visit(null, '', 0, new Set())
  return entries
}

/** «1.», «3.2.», «3.7.4.»: section numbers as Russian documents write them, with the trailing dot (as the report is printed). */
export function displayNumber (entry: Pick<OutlineEntry, 'number' | 'depth'>): string {
  return `${entry.number}.`
}

/** The element id of a section in the long document (the outline scrolls to it). */
export function sectionElementId (id: string): string {
  return `report-section-${id}`
}
