/**
 * A plain, numbered view of the plan document: what the table, the timeline,
 * validation, the report and the exports read. Built in one pass over the
 * nodes, so it is cheap enough to rebuild after every change.
 */
import * as Y from 'yjs'
import { isItemStatus, ItemStatus, NodeKind, planTextFields, type PlanTextField } from './planFields'
import { NodeKey, nodeKind, nodeOrder, nodeParent, planNodes, type NodeMap } from './planDoc'

export interface PlanNode {
  id: string
  kind: NodeKind
  /** Derived: «2», «2.3», «4.12.7». Orphans have none. */
  number: string
  depth: number
  parentId: string | null
  fields: Record<PlanTextField, string>
  status: ItemStatus
  sourceNumber?: string
  /** The rollover moved this item's dates forward a year: to be confirmed by a person. */
  reviewTiming?: boolean
  children: PlanNode[]
}

export interface PlanSnapshot {
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
    const children = (byParent.get(id) ?? [])
      .filter(([, child]) => nodeKind(child) === NodeKind.item)
      .map(([childId, child], index) => build(childId, child, `${number}.${index + 1}`, depth + 1))
    return toPlanNode(id, node, number, depth, children)
  }
  const sections = (byParent.get(null) ?? [])
    .filter(([, node]) => nodeKind(node) === NodeKind.section)
    .map(([id, node], index) => build(id, node, String(index + 1), 0))
  const orphans: PlanNode[] = []
  planNodes(doc).forEach((node, id) => {
    if (!reached.has(id)) orphans.push(toPlanNode(id, node, '', 0, []))
  })
  orphans.sort((a, b) => a.id < b.id ? -1 : 1)
  return { sections, orphans }
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
    children,
  }
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
