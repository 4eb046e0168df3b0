/**
 * The table's row commands, each one call into planDoc: rows are only ever
 * created, moved (parentId + order) or deleted there, never deleted and
 * re-inserted, so whatever a colleague is typing in a moved row survives.
 * Each returns the id to select afterwards, or null when nothing changed.
 */
import type * as Y from 'yjs'
import { NodeKind } from '../../../shared/plan/planFields'
import { childrenOf, createNode, indentNode, moveNode, nodeKind, nodeParent, outdentNode, planNodes } from '../../../shared/plan/planDoc'

export type DropPlace = 'before' | 'after'

function indexAmongSiblings (doc: Y.Doc, id: string, parentId: string | null): number {
  return childrenOf(doc, parentId).findIndex(([siblingId]) => siblingId === id)
}

/** The top-level section a node belongs to (itself for a section), or null for an orphan. */
function sectionOf (doc: Y.Doc, id: string): string | null {
  const seen = new Set<string>()
  let current: string | null = id
  while (current && !seen.has(current)) {
    seen.add(current)
    const node = planNodes(doc).get(current)
    if (!node) return null
    if (nodeKind(node) === NodeKind.section) return current
    current = nodeParent(node)
  }
  return null
}

/** A new item right below `id` (its next sibling), or first in the section when `id` is a section. */
export function addItemBelow (doc: Y.Doc, id: string): string | null {
  const node = planNodes(doc).get(id)
  if (!node) return null
  if (nodeKind(node) === NodeKind.section) return createNode(doc, { kind: NodeKind.item, parentId: id, index: 0 })
  const parentId = nodeParent(node)
  return createNode(doc, { kind: NodeKind.item, parentId, index: indexAmongSiblings(doc, id, parentId) + 1 })
}

/** A new last sub-item of `id` (a last item when `id` is a section). */
export function addChildItem (doc: Y.Doc, id: string): string | null {
  if (!planNodes(doc).has(id)) return null
  return createNode(doc, { kind: NodeKind.item, parentId: id, index: childrenOf(doc, id).length })
}

/** A new section after the section holding `id`, or at the end. */
export function addSection (doc: Y.Doc, afterId: string | null): string {
  const section = afterId ? sectionOf(doc, afterId) : null
  const index = section ? indexAmongSiblings(doc, section, null) + 1 : childrenOf(doc, null).length
  return createNode(doc, { kind: NodeKind.section, parentId: null, index })
}

/**
 * One step up or down among siblings. An item at the edge of its section
 * crosses into the neighbouring section (end of the one above, start of the
 * one below); a sub-item stays under its parent.
 */
export function moveRow (doc: Y.Doc, id: string, direction: -1 | 1): string | null {
  const node = planNodes(doc).get(id)
  if (!node) return null
  const parentId = nodeParent(node)
  const siblings = childrenOf(doc, parentId)
  const position = siblings.findIndex(([siblingId]) => siblingId === id)
  if (position < 0) return null
  const target = position + direction
  if (target >= 0 && target < siblings.length) {
    // Indexes count the siblings without the moving row: down past the next one is position + 1.
    return moveNode(doc, id, parentId, direction < 0 ? target : position + 1) ? id : null
  }
  const parent = parentId ? planNodes(doc).get(parentId) : undefined
  if (!parent || nodeKind(parent) !== NodeKind.section) return null
  const sections = childrenOf(doc, null)
  const neighbour = sections[sections.findIndex(([sectionId]) => sectionId === parentId) + direction]
  if (!neighbour) return null
  const index = direction < 0 ? childrenOf(doc, neighbour[0]).length : 0
  return moveNode(doc, id, neighbour[0], index) ? id : null
}

export function indentRow (doc: Y.Doc, id: string): string | null {
  return indentNode(doc, id) ? id : null
}

export function outdentRow (doc: Y.Doc, id: string): string | null {
  return outdentNode(doc, id) ? id : null
}

/** Where a dragged row would land when dropped on `targetId`; null when it cannot go there. */
export function dropPlacement (doc: Y.Doc, dragId: string, targetId: string, place: DropPlace): { parentId: string | null; index: number } | null {
  const dragged = planNodes(doc).get(dragId)
  const target = planNodes(doc).get(targetId)
  if (!dragged || !target || dragId === targetId) return null
  if (nodeKind(dragged) === NodeKind.section) {
    // Sections reorder among sections; dropped on an item, a section goes after that item's section.
    const targetSection = sectionOf(doc, targetId)
    if (!targetSection || targetSection === dragId) return null
    const sections = childrenOf(doc, null).filter(([id]) => id !== dragId)
    const position = sections.findIndex(([id]) => id === targetSection)
    const after = place === 'after' || nodeKind(target) !== NodeKind.section
    return { parentId: null, index: position + (after ? 1 : 0) }
  }
  if (nodeKind(target) === NodeKind.section) return { parentId: targetId, index: 0 }
  // An item cannot go under itself.
  if (sectionOf(doc, targetId) === null || isUnder(doc, targetId, dragId)) return null
  const parentId = nodeParent(target)
  const siblings = childrenOf(doc, parentId).filter(([id]) => id !== dragId)
  const position = siblings.findIndex(([id]) => id === targetId)
  return { parentId, index: position + (place === 'after' ? 1 : 0) }
}

export function dropRow (doc: Y.Doc, dragId: string, targetId: string, place: DropPlace): string | null {
  const placement = dropPlacement(doc, dragId, targetId, place)
  if (!placement) return null
  return moveNode(doc, dragId, placement.parentId, placement.index) ? dragId : null
}

/** Puts an orphan back as the last item of a section. */
export function moveIntoSection (doc: Y.Doc, id: string, sectionId: string): string | null {
  return moveNode(doc, id, sectionId, childrenOf(doc, sectionId).length) ? id : null
}

function isUnder (doc: Y.Doc, id: string, ancestor: string): boolean {
  const seen = new Set<string>()
  let current = nodeParent(planNodes(doc).get(id)!)
  while (current && !seen.has(current)) {
    if (current === ancestor) return true
    seen.add(current)
    const node = planNodes(doc).get(current)
    current = node ? nodeParent(node) : null
  }
  return false
}
