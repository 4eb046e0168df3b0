/**
 * The plan's Yjs layout and the only code that writes it.
 *
 * Yjs has no move: moving an item by delete + re-insert would duplicate it or
 * lose what someone was typing in it. So every section and item lives in one
 * Y.Map keyed by a stable id, and holds its `parentId` and a fractional
 * `order` key; moving, reordering and indenting change those two values and
 * nothing else. Numbers (1.1, 4.12.7) are derived from the tree, never stored.
 */
import * as Y from 'yjs'
import { generateKeyBetween } from 'fractional-indexing'
import { ItemStatus, NodeKind, planTextFields, type PlanTextField } from './planFields'

/** Top-level key of the plan document holding every node. */
export const PLAN_NODES_KEY = 'planNodes'

/** Keys inside a node's Y.Map (besides one Y.Text per text field). */
export const NodeKey = {
  kind: 'kind',
  parentId: 'parentId',
  order: 'order',
  status: 'status',
  /** The number the node had in an imported source, kept only to report differences. */
  sourceNumber: 'sourceNumber',
  /** Set by the year rollover when it moved dates in the timing: a person should confirm them. */
  reviewTiming: 'reviewTiming',
  /**
   * Prefix of a per-field flag (`mergeUp.expectedResult` = true): the cell is
   * merged with the cell above it (one shared value, kept by the first row of
   * the run). One key per field, so two people merging different cells at
   * once both win.
   */
  mergeUpPrefix: 'mergeUp.',
  /** Y.Map of the node's footnotes: `<field>:<label>` → Y.Text of the note; the cell's text carries «[label]». */
  footnotes: 'footnotes',
} as const

/** Root Y.Text of the plan document: the plan's own title («План работы … на 2023-2024 учебный год»); empty = the default title. */
const PLAN_TITLE_KEY = 'planTitle'

export function planTitleText (doc: Y.Doc): Y.Text {
  return doc.getText(PLAN_TITLE_KEY)
}

export type NodeMap = Y.Map<unknown>

export function planNodes (doc: Y.Doc): Y.Map<NodeMap> {
  return doc.getMap<NodeMap>(PLAN_NODES_KEY)
}

function newNodeId (): string {
  // Random ids: two clients creating nodes at once never collide.
  const bytes = new Uint8Array(9)
  globalThis.crypto.getRandomValues(bytes)
  return 'n' + Array.from(bytes, b => b.toString(36).padStart(2, '0')).join('').slice(0, 14)
}

export function nodeText (node: NodeMap, field: PlanTextField): Y.Text | null {
  const text = node.get(field)
  return text instanceof Y.Text ? text : null
}

/** section | subheading | item; anything else (a node written by a newer client) reads as an item. */
export function nodeKind (node: NodeMap): NodeKind {
  const kind = node.get(NodeKey.kind)
  return kind === NodeKind.section || kind === NodeKind.subheading ? kind : NodeKind.item
}

/** The fields of a node merged with the cell above. */
export function mergedUpFields (node: NodeMap): PlanTextField[] {
  return planTextFields.filter((field) => node.get(NodeKey.mergeUpPrefix + field) === true)
}

/** Merges a cell with the one above (or splits it again). */
export function setMergedUp (doc: Y.Doc, id: string, field: PlanTextField, merged: boolean): void {
  const node = planNodes(doc).get(id)
  if (!node || nodeKind(node) !== NodeKind.item) return
  if (merged) node.set(NodeKey.mergeUpPrefix + field, true)
  else if (node.has(NodeKey.mergeUpPrefix + field)) node.delete(NodeKey.mergeUpPrefix + field)
}

/** Footnote texts of a node, by `<field>:<label>`. */
export function nodeFootnotes (node: NodeMap): Y.Map<Y.Text> | null {
  const notes = node.get(NodeKey.footnotes)
  return notes instanceof Y.Map ? notes as Y.Map<Y.Text> : null
}

function footnoteKey (field: PlanTextField, label: string): string {
  return `${field}:${label}`
}

export function nodeParent (node: NodeMap): string | null {
  const parent = node.get(NodeKey.parentId)
  return typeof parent === 'string' ? parent : null
}

export function nodeOrder (node: NodeMap): string {
  const order = node.get(NodeKey.order)
  return typeof order === 'string' ? order : ''
}

/** Siblings under `parentId` in display order: by order key, ties broken by id so every client agrees. */
export function childrenOf (doc: Y.Doc, parentId: string | null): Array<[string, NodeMap]> {
  const result: Array<[string, NodeMap]> = []
  planNodes(doc).forEach((node, id) => {
    if (nodeParent(node) === parentId) result.push([id, node])
  })
  return result.sort(([idA, a], [idB, b]) => compareOrder(nodeOrder(a), nodeOrder(b)) || (idA < idB ? -1 : idA > idB ? 1 : 0))
}

function compareOrder (a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * An order key placing a node at `index` among `parentId`'s children
 * (excluding `movingId` itself). Equal keys from concurrent inserts are fine:
 * ties break by id.
 */
function orderAt (doc: Y.Doc, parentId: string | null, index: number, movingId?: string): string {
  const siblings = childrenOf(doc, parentId).filter(([id]) => id !== movingId)
  const clamped = Math.max(0, Math.min(index, siblings.length))
  const before = clamped > 0 ? nodeOrder(siblings[clamped - 1][1]) : null
  const after = clamped < siblings.length ? nodeOrder(siblings[clamped][1]) : null
  return safeKeyBetween(before, after)
}

function safeKeyBetween (before: string | null, after: string | null): string {
  // Concurrent inserts can leave two siblings with the same key; there is no
  // key strictly between equal keys, so place after the first of them.
  if (before !== null && after !== null && before >= after) return generateKeyBetween(before, null)
  try {
    return generateKeyBetween(before, after)
  } catch {
    return generateKeyBetween(before, null)
  }
}

export interface NewNode {
  kind: NodeKind
  parentId: string | null
  /** Position among the parent's children; at the end when absent. */
  index?: number
  fields?: Partial<Record<PlanTextField, string>>
  status?: ItemStatus
  sourceNumber?: string
  id?: string
  /** Fields merged with the cell above (vertically merged cells of an imported table). */
  mergedUp?: readonly PlanTextField[]
  /** Footnotes: the field's text carries «[label]» where the note is referenced. */
  footnotes?: ReadonlyArray<{ field: PlanTextField; label: string; text: string }>
}

/** Creates a section or an item with every text field present, in one transaction. */
export function createNode (doc: Y.Doc, spec: NewNode): string {
  const id = spec.id ?? newNodeId()
  doc.transact(() => {
    const siblings = childrenOf(doc, spec.parentId)
    const node = new Y.Map<unknown>()
    node.set(NodeKey.kind, spec.kind)
    node.set(NodeKey.parentId, spec.parentId)
    node.set(NodeKey.order, orderAt(doc, spec.parentId, spec.index ?? siblings.length))
    if (spec.kind === NodeKind.item) node.set(NodeKey.status, spec.status ?? ItemStatus.planned)
    if (spec.sourceNumber) node.set(NodeKey.sourceNumber, spec.sourceNumber)
    // Nested texts are created with the node, by its one creator: a text
    // created later by two people at once would keep only one of them.
    for (const field of planTextFields) node.set(field, new Y.Text(spec.fields?.[field] ?? ''))
    if (spec.kind === NodeKind.item) for (const field of spec.mergedUp ?? []) node.set(NodeKey.mergeUpPrefix + field, true)
    if (spec.footnotes && spec.footnotes.length > 0) {
      // Created with the node by its one creator, like the texts.
      const notes = new Y.Map<Y.Text>()
      for (const note of spec.footnotes) notes.set(footnoteKey(note.field, note.label), new Y.Text(note.text))
      node.set(NodeKey.footnotes, notes)
    }
    planNodes(doc).set(id, node)
  })
  return id
}

/** Moves a node under `parentId` at `index`. Only `parentId` and `order` change. */
export function moveNode (doc: Y.Doc, id: string, parentId: string | null, index: number): boolean {
  const node = planNodes(doc).get(id)
  if (!node || id === parentId || isAncestor(doc, id, parentId)) return false
  if ((nodeKind(node) === NodeKind.section) !== (parentId === null)) return false
  // A sub-heading belongs to a section, never under an item.
  const parent = parentId === null ? undefined : planNodes(doc).get(parentId)
  if (parentId !== null && (!parent || nodeKind(parent) === NodeKind.subheading)) return false
  if (nodeKind(node) === NodeKind.subheading && parent && nodeKind(parent) !== NodeKind.section) return false
  doc.transact(() => {
    if (nodeParent(node) !== parentId) node.set(NodeKey.parentId, parentId)
    node.set(NodeKey.order, orderAt(doc, parentId, index, id))
  })
  return true
}

/** Makes an item a sub-item of the sibling above it (4.12 → 4.11.n). */
export function indentNode (doc: Y.Doc, id: string): boolean {
  const node = planNodes(doc).get(id)
  if (!node || nodeKind(node) !== NodeKind.item) return false
  const siblings = childrenOf(doc, nodeParent(node))
  const position = siblings.findIndex(([siblingId]) => siblingId === id)
  if (position <= 0) return false
  const [newParent, above] = siblings[position - 1]
  if (nodeKind(above) !== NodeKind.item) return false
  return moveNode(doc, id, newParent, childrenOf(doc, newParent).length)
}

/** Makes a sub-item a sibling of its parent, right after it. Items directly in a section stay there. */
export function outdentNode (doc: Y.Doc, id: string): boolean {
  const node = planNodes(doc).get(id)
  const parentId = node ? nodeParent(node) : null
  const parent = parentId ? planNodes(doc).get(parentId) : undefined
  if (!node || !parent || nodeKind(parent) !== NodeKind.item) return false
  const grandParent = nodeParent(parent)
  const position = childrenOf(doc, grandParent).findIndex(([siblingId]) => siblingId === parentId)
  return moveNode(doc, id, grandParent, position + 1)
}

/** Deletes a node and everything under it. */
export function deleteNode (doc: Y.Doc, id: string): void {
  doc.transact(() => {
    for (const descendant of descendantsOf(doc, id)) planNodes(doc).delete(descendant)
    planNodes(doc).delete(id)
  })
}

export function setStatus (doc: Y.Doc, id: string, status: ItemStatus): void {
  const node = planNodes(doc).get(id)
  if (node && nodeKind(node) === NodeKind.item) node.set(NodeKey.status, status)
}

/** Replaces a text field's whole content (for programmatic rewrites such as a timeline drag). */
export function replaceText (doc: Y.Doc, id: string, field: PlanTextField, value: string): void {
  const text = planNodes(doc).get(id)?.get(field)
  if (!(text instanceof Y.Text) || text.toString() === value) return
  doc.transact(() => {
    text.delete(0, text.length)
    text.insert(0, value)
  })
}

function descendantsOf (doc: Y.Doc, id: string): string[] {
  const result: string[] = []
  const stack = [id]
  while (stack.length > 0) {
    const current = stack.pop()!
    for (const [childId] of childrenOf(doc, current)) {
      result.push(childId)
      stack.push(childId)
    }
  }
  return result
}

/** Whether `ancestor` is above `id` (a move under one's own descendant would make a cycle). */
function isAncestor (doc: Y.Doc, ancestor: string, id: string | null): boolean {
  const seen = new Set<string>()
  let current = id
  while (current && !seen.has(current)) {
    if (current === ancestor) return true
    seen.add(current)
    const node = planNodes(doc).get(current)
    current = node ? nodeParent(node) : null
  }
  return false
}
