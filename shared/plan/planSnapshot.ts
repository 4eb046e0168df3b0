/**
 * A plain, numbered view of the plan document: what the table, the timeline,
 * validation, the report and the exports read. Built in one pass over the
 * nodes, so it is cheap enough to rebuild after every change.
 */
import * as Y from 'yjs'
import { isItemStatus, ItemStatus, NodeKind, planTextFields, type PlanTextField } from './planFields'
import { childNumbers, sectionNumber } from './derivedNumber'
import { mergedUpFields, NodeKey, nodeFootnotes, nodeKind, nodeOrder, nodeParent, planNodes, planTitleText, type NodeMap } from './planDoc'

export interface PlanFootnote {
  field: PlanTextField
  /** The marker in the field's text is «[label]». */
  label: string
  text: string
}

export interface PlanNode {
  id: string
  kind: NodeKind
  /** Derived: «2», «2.3», «4.12.7». Orphans and sub-headings have none. */
  number: string
  depth: number
  parentId: string | null
  fields: Record<PlanTextField, string>
  status: ItemStatus
  sourceNumber?: string
  /** The rollover moved this item's dates forward a year: to be confirmed by a person. */
  reviewTiming?: boolean
  /** Fields merged with the cell of the row above (one shared value, held by the first row of the run). */
  mergedUp?: PlanTextField[]
  footnotes?: PlanFootnote[]
  children: PlanNode[]
}

export interface PlanSnapshot {
  /** The plan's own title as typed; empty means the default («План мероприятий на … учебный год»). */
  title?: string
  sections: PlanNode[]
  /**
   * Nodes no path from a section reaches: an item added to a section someone
   * deleted at the same moment, or two items indented under each other
   * concurrently. Never hidden: the UI lists them so they can be put back.
   */
  orphans: PlanNode[]
}

export function readPlan (doc: Y.Doc): PlanSnapshot {
  const byParent = new Map<string | null, Array<[string, NodeMap]>>()
  planNodes(doc).forEach((node, id) => {
    const parent = nodeParent(node)
    const list = byParent.get(parent)
    if (list) list.push([id, node])
    else byParent.set(parent, [[id, node]])
  })
  for (const list of byParent.values()) {
    list.sort(([idA, a], [idB, b]) => {
      const orderA = nodeOrder(a)
      const orderB = nodeOrder(b)
      return orderA < orderB ? -1 : orderA > orderB ? 1 : idA < idB ? -1 : idA > idB ? 1 : 0
    })
  }
  const reached = new Set<string>()
  const build = (id: string, node: NodeMap, number: string, depth: number): PlanNode => {
    reached.add(id)
    // Sub-headings stand only directly in a section.
    const allowed: NodeKind[] = nodeKind(node) === NodeKind.section ? [NodeKind.item, NodeKind.subheading] : nodeKind(node) === NodeKind.item ? [NodeKind.item] : []
    const kids = (byParent.get(id) ?? []).filter(([, child]) => allowed.includes(nodeKind(child)))
    const numbers = childNumbers(number, kids.map(([, child]) => nodeKind(child)))
    const children = kids.map(([childId, child], index) => build(childId, child, numbers[index] ?? '', depth + 1))
    return toPlanNode(id, node, number, depth, children)
  }
  const sections = (byParent.get(null) ?? [])
    .filter(([, node]) => nodeKind(node) === NodeKind.section)
    .map(([id, node], index) => build(id, node, sectionNumber(index), 0))
  const orphans: PlanNode[] = []
  planNodes(doc).forEach((node, id) => {
    if (!reached.has(id)) orphans.push(toPlanNode(id, node, '', 0, []))
  })
  orphans.sort((a, b) => a.id < b.id ? -1 : 1)
  return { title: planTitleText(doc).toString(), sections, orphans }
}

function toPlanNode (id: string, node: NodeMap, number: string, depth: number, children: PlanNode[]): PlanNode {
  const fields = {} as Record<PlanTextField, string>
  for (const field of planTextFields) {
    const text = node.get(field)
    fields[field] = text instanceof Y.Text ? text.toString() : ''
  }
  const status = node.get(NodeKey.status)
  const sourceNumber = node.get(NodeKey.sourceNumber)
  return {
    id,
    kind: nodeKind(node),
    number,
    depth,
    parentId: nodeParent(node),
    fields,
    status: isItemStatus(status) ? status : ItemStatus.planned,
    sourceNumber: typeof sourceNumber === 'string' ? sourceNumber : undefined,
    reviewTiming: node.get(NodeKey.reviewTiming) === true || undefined,
    ...optionalCellData(node),
    children,
  }
}

function optionalCellData (node: NodeMap): Pick<PlanNode, 'mergedUp' | 'footnotes'> {
  const result: Pick<PlanNode, 'mergedUp' | 'footnotes'> = {}
  const merged = nodeKind(node) === NodeKind.item ? mergedUpFields(node) : []
  if (merged.length > 0) result.mergedUp = merged
  const notes = nodeFootnotes(node)
  if (notes && notes.size > 0) {
    const footnotes: PlanFootnote[] = []
    notes.forEach((text, key) => {
      const cut = key.indexOf(':')
      const field = key.slice(0, cut) as PlanTextField
      if (cut > 0 && (planTextFields as readonly string[]).includes(field) && text instanceof Y.Text) footnotes.push({ field, label: key.slice(cut + 1), text: text.toString() })
    })
    footnotes.sort((a, b) => a.field === b.field ? a.label.localeCompare(b.label, 'ru', { numeric: true }) : planTextFields.indexOf(a.field) - planTextFields.indexOf(b.field))
    if (footnotes.length > 0) result.footnotes = footnotes
  }
  return result
}

/** Every item (not sections) in display order, depth-first. */
export function flattenItems (snapshot: PlanSnapshot): PlanNode[] {
  const result: PlanNode[] = []
  const visit = (node: PlanNode) => {
    if (node.kind === NodeKind.item) result.push(node)
    node.children.forEach(visit)
  }
  snapshot.sections.forEach(visit)
  return result
}

/** Sections and items in display order (the table's rows). */
export function flattenRows (snapshot: PlanSnapshot): PlanNode[] {
  const result: PlanNode[] = []
  const visit = (node: PlanNode) => {
    result.push(node)
    node.children.forEach(visit)
  }
  snapshot.sections.forEach(visit)
  return result
}
