/**
 * Moving report sections with the outline's buttons. Every move goes through
 * moveReportSection, which changes only `parentId` and `order`: a section
 * moved while someone types in it keeps what they type (Yjs has no move).
 */
import type * as Y from 'yjs'
import { moveReportSection, reportChildren, reportSections } from '../../shared/report/reportDoc'

function place (doc: Y.Doc, id: string): { parentId: string | null; index: number; siblings: string[] } | null {
  const section = reportSections(doc).get(id)
  if (!section) return null
  const parentId = typeof section.get('parentId') === 'string' ? section.get('parentId') as string : null
  const siblings = reportChildren(doc, parentId).map(([siblingId]) => siblingId)
  return { parentId, index: siblings.indexOf(id), siblings }
}

export function moveSectionUp (doc: Y.Doc, id: string): boolean {
  const at = place(doc, id)
  if (!at || at.index <= 0) return false
  return moveReportSection(doc, id, at.parentId, at.index - 1)
}

export function moveSectionDown (doc: Y.Doc, id: string): boolean {
  const at = place(doc, id)
  if (!at || at.index < 0 || at.index >= at.siblings.length - 1) return false
  return moveReportSection(doc, id, at.parentId, at.index + 1)
}

/** Makes the section the last sub-section of the one above it (3 → 2.n). */
export function indentSection (doc: Y.Doc, id: string): boolean {
  const at = place(doc, id)
  if (!at || at.index <= 0) return false
  const newParent = at.siblings[at.index - 1]
  return moveReportSection(doc, id, newParent, reportChildren(doc, newParent).length)
}

/** Makes a sub-section a sibling of its parent, right after it (3.2 → 4). */
export function outdentSection (doc: Y.Doc, id: string): boolean {
  const at = place(doc, id)
  if (!at || at.parentId === null) return false
  const parent = place(doc, at.parentId)
  if (!parent) return false
  return moveReportSection(doc, id, parent.parentId, parent.index + 1)
}
