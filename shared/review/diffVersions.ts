/**
 * What changed between two states of a board, for people: plan items added,
 * removed, moved or changed (field by field), and report text per section,
 * paragraph by paragraph and word by word. Compared by id, so a moved item is
 * «moved», never «removed and added».
 */
import { diffArrays, diffWordsWithSpace } from 'diff'
import type * as Y from 'yjs'
import { fieldLabels, planTextFields, statusLabels } from '../plan/planFields'
import { flattenRows, readPlan, type PlanNode } from '../plan/planSnapshot'
import { readReport, type ReportNodeJson, type ReportSectionSnapshot } from '../report/reportSnapshot'
import type { VersionDiff, WordChange } from './versionModel'

export function diffVersions (before: { plan: Y.Doc; report: Y.Doc }, after: { plan: Y.Doc; report: Y.Doc }): VersionDiff {
  return { plan: diffPlan(before.plan, after.plan), report: diffReport(before.report, after.report) }
}

function diffPlan (beforeDoc: Y.Doc, afterDoc: Y.Doc): VersionDiff['plan'] {
  const before = byId(flattenRows(readPlan(beforeDoc)))
  const after = byId(flattenRows(readPlan(afterDoc)))
  const brief = (node: PlanNode) => ({ id: node.id, number: node.number, title: node.fields.title })
  const result: VersionDiff['plan'] = { added: [], removed: [], changed: [], moved: movedNodes(before, after) }
  const moved = new Set(result.moved!.map(m => m.id))
  for (const [id, node] of after) {
    const old = before.get(id)
    if (!old) {
      result.added.push(brief(node))
      continue
    }
    const fields: Array<{ field: string; before: string; after: string }> = []
    // A number that changed only because rows were added, removed or moved around it is not a change of this item.
    if (moved.has(id)) fields.push({ field: '№ п/п', before: old.number, after: node.number })
    for (const field of planTextFields) {
      if (old.fields[field] !== node.fields[field]) fields.push({ field: fieldLabels[field], before: old.fields[field], after: node.fields[field] })
    }
    if (old.status !== node.status) fields.push({ field: 'Статус', before: statusLabels[old.status], after: statusLabels[node.status] })
    if (fields.length > 0) result.changed.push({ ...brief(node), fields })
  }
  for (const [id, node] of before) if (!after.has(id)) result.removed.push(brief(node))
  return result
}

function diffReport (beforeDoc: Y.Doc, afterDoc: Y.Doc): VersionDiff['report'] {
  const before = sectionsById(readReport(beforeDoc).sections)
  const after = sectionsById(readReport(afterDoc).sections)
  const result: VersionDiff['report'] = []
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(id)
    const now = after.get(id)
    const oldBlocks = old ? blockTexts(old.body) : []
    const newBlocks = now ? blockTexts(now.body) : []
    const added = newBlocks.filter(text => !oldBlocks.includes(text))
    const removed = oldBlocks.filter(text => !newBlocks.includes(text))
    if (old?.title !== now?.title) {
      if (now) added.unshift(`Заголовок: ${now.title}`)
      if (old) removed.unshift(`Заголовок: ${old.title}`)
    }
    if (added.length || removed.length) {
      const section = now ?? old!
      result.push({ sectionId: id, number: section.number, title: section.title, added, removed, words: wordChanges(oldBlocks.join('\n\n'), newBlocks.join('\n\n')) })
    }
  }
  return result
}

/**
 * Items whose parent changed, or whose place among the siblings both states
 * share changed (the longest common order of siblings stays, the rest moved).
 */
function movedNodes (before: Map<string, PlanNode>, after: Map<string, PlanNode>): NonNullable<VersionDiff['plan']['moved']> {
  const moved = new Set<string>()
  const siblings = (nodes: Map<string, PlanNode>, parent: string | null, other: Map<string, PlanNode>) =>
    [...nodes.values()].filter(node => node.parentId === parent && other.get(node.id)?.parentId === parent).map(node => node.id)
  for (const [id, node] of after) {
    const old = before.get(id)
    if (old && old.parentId !== node.parentId) moved.add(id)
  }
  const parents = new Set([...after.values()].map(node => node.parentId))
  for (const parent of parents) {
    for (const part of diffArrays(siblings(before, parent, after), siblings(after, parent, before))) {
      if (part.added) part.value.forEach(id => moved.add(id))
    }
  }
  return [...after.values()].filter(node => moved.has(node.id)).map(node => ({ id: node.id, title: node.fields.title, before: before.get(node.id)!.number, after: node.number }))
}

/** Word by word: unchanged runs, insertions and deletions, in reading order. */
function wordChanges (before: string, after: string): WordChange[] {
  return diffWordsWithSpace(before, after).map(part => ({ type: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }))
}

function byId (nodes: PlanNode[]): Map<string, PlanNode> {
  return new Map(nodes.map(node => [node.id, node]))
}

function sectionsById (sections: ReportSectionSnapshot[], into = new Map<string, ReportSectionSnapshot>()): Map<string, ReportSectionSnapshot> {
  for (const section of sections) {
    into.set(section.id, section)
    sectionsById(section.children, into)
  }
  return into
}

/** The text of each block (paragraph, heading, list item) of a body, in order. */
function blockTexts (nodes: ReportNodeJson[]): string[] {
  const texts: string[] = []
  const textOf = (node: ReportNodeJson): string => node.type === 'text' ? (node as { text: string }).text : ('content' in node ? node.content.map(textOf).join('') : '')
  const visit = (node: ReportNodeJson) => {
    if (node.type === 'text' || !('content' in node)) return
    const inline = node.content.every(child => child.type === 'text' || child.type === 'hardBreak')
    if (inline) {
      const text = textOf(node).trim()
      if (text) texts.push(text)
    } else node.content.forEach(visit)
  }
  nodes.forEach(visit)
  return texts
}
