import type { PlanNode, PlanSnapshot } from '../../shared/plan/planSnapshot'
import { reviewStrings } from './reviewStrings'

/** A report section as the index needs it (from the live outline). */
export interface ReportSectionRef {
  id: string
  number: string
  parentId: string | null
  title: string
}

export interface AnchorTarget {
  number: string
  /** The top-level section it belongs to, for the «по разделу» filter: «plan:<id>» or «report:<id>». */
  sectionKey: string
}

/** Where each annotated thing is now: numbers change as people edit, so labels are derived, never stored. */
export interface AnchorIndex {
  plan: ReadonlyMap<string, AnchorTarget>
  /** Null while the report document is not connected. */
  report: ReadonlyMap<string, AnchorTarget> | null
  /** Top-level sections of both documents, for the filter. */
  sections: ReadonlyArray<{ key: string; label: string }>
}

export function buildAnchorIndex (plan: PlanSnapshot | null, report: readonly ReportSectionRef[] | null): AnchorIndex {
  const planTargets = new Map<string, AnchorTarget>()
  const sections: Array<{ key: string; label: string }> = []
  const visit = (node: PlanNode, sectionKey: string) => {
    planTargets.set(node.id, { number: node.number, sectionKey })
    node.children.forEach(child => visit(child, sectionKey))
  }
  for (const section of plan?.sections ?? []) {
    const key = `plan:${section.id}`
    sections.push({ key, label: reviewStrings.filters.planSection(section.number, section.fields.title) })
    visit(section, key)
  }
  let reportTargets: Map<string, AnchorTarget> | null = null
  if (report) {
    reportTargets = new Map()
    const byId = new Map(report.map(entry => [entry.id, entry]))
    for (const entry of report) {
      let top = entry
      // Bounded walk: a cycle made by concurrent moves must not hang the panel.
      for (let steps = 0; top.parentId && byId.has(top.parentId) && steps < 50; steps++) top = byId.get(top.parentId)!
      const key = `report:${top.id}`
      if (entry === top) sections.push({ key, label: reviewStrings.filters.reportSection(entry.number, entry.title) })
      reportTargets.set(entry.id, { number: entry.number, sectionKey: key })
    }
  }
  return { plan: planTargets, report: reportTargets, sections }
}
