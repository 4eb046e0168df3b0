/**
 * What an agreed plan locks. The plan is agreed in August and carried out
 * September–May: its titles (the board's and the plan's), its structure (which nodes exist, their kind,
 * parent and order) and its planned columns (with their merges and
 * footnotes) stay as agreed, while the fact
 * (status and the outcome fields) is recorded all year by editors. The team's
 * notes and the registry are not part of the agreed plan and stay editable.
 */
import * as Y from 'yjs'
import { boardTitleText } from '../board/boardDocs'
import { plannedFields } from './planFields'
import { NodeKey, planNodes, planTitleText } from './planDoc'

/** Node keys that make the plan's structure (changing any of them is a structural edit). */
const structuralKeys = [NodeKey.kind, NodeKey.parentId, NodeKey.order, NodeKey.sourceNumber] as const

/**
 * A canonical string of everything an agreed plan locks: two states with the
 * same string differ only in what stays editable. Node ids sorted, so it does
 * not depend on the order Yjs iterates a map in.
 */
export function lockedPlanPart (doc: Y.Doc): string {
  const nodes: unknown[] = []
  const ids = [...planNodes(doc).keys()].sort()
  for (const id of ids) {
    const node = planNodes(doc).get(id)
    if (!(node instanceof Y.Map)) {
      nodes.push([id, null])
      continue
    }
    const structure = structuralKeys.map(key => node.get(key) ?? null)
    const planned = plannedFields.map(field => {
      const value = node.get(field)
      return value instanceof Y.Text ? value.toString() : value === undefined ? null : '?'
    })
    // Merged cells of the planned columns are the agreed layout; so are their footnotes.
    const merges = plannedFields.map(field => node.get(NodeKey.mergeUpPrefix + field) ?? null)
    const footnotes = node.get(NodeKey.footnotes)
    const notes = footnotes instanceof Y.Map
      ? [...footnotes.keys()].filter(key => (plannedFields as readonly string[]).includes(key.split(':')[0])).sort()
        .map(key => [key, String(footnotes.get(key) ?? '')])
      : null
    nodes.push([id, structure, planned, merges, notes])
  }
  return JSON.stringify([boardTitleText(doc).toString(), planTitleText(doc).toString(), nodes])
}
