/**
 * Which part of the plan a block covers: every section, or the one its
 * parameters name. A block that names a section deleted since is not an
 * error to throw: it says so in its `empty` text.
 */
import { NodeKind } from '../../plan/planFields'
import type { PlanNode, PlanSnapshot } from '../../plan/planSnapshot'
import type { GeneratedBlockParams } from '../blockKinds'

export interface PlanScope {
  sections: PlanNode[]
  /** The block names a section that is no longer in the plan. */
  missingSection: boolean
}

export function planScope (plan: PlanSnapshot, params: GeneratedBlockParams): PlanScope {
  if (params.section === undefined) return { sections: plan.sections, missingSection: false }
  const section = plan.sections.find(s => s.id === params.section)
  return section ? { sections: [section], missingSection: false } : { sections: [], missingSection: true }
}

export const missingSectionText = 'Раздел плана, выбранный для этого блока, удалён из плана.'

/** A section's items and sub-items in display order (4.12, 4.12.1 … 4.12.19, 4.13). */
export function sectionItems (section: PlanNode): PlanNode[] {
  const items: PlanNode[] = []
  const visit = (node: PlanNode) => {
    if (node.kind === NodeKind.item) items.push(node)
    node.children.forEach(visit)
  }
  section.children.forEach(visit)
  return items
}

/** The group row's text: «2. Научно-методическое сопровождение». */
export function sectionLabel (section: PlanNode): string {
  const title = section.fields.title.trim()
  return title === '' ? `${section.number}. (без названия)` : `${section.number}. ${title}`
}
