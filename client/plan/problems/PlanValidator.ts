/**
 * validatePlan, remembered per row. Checking a 300-item plan from scratch
 * takes tens of milliseconds (every «Сроки» is parsed), too much to repeat on
 * every keystroke; but a keystroke changes one row. So:
 * - each row's own problems come from validatePlan run on that row alone, and
 *   are recomputed only when one of its texts changes;
 * - the problems of the plan's shape (items outside sections, numbers repeated
 *   in the source) come from validatePlan run on a skeleton of the plan (same
 *   ids, kinds, source numbers and tree; neutral texts), recomputed only when
 *   the shape changes.
 * Both halves call the shared rules themselves, so nothing is re-implemented
 * here; the unit test checks the result equals validatePlan's on whole plans.
 */
import type { AcademicYear } from '../../../shared/academicYear'
import { planTextFields, type PlanTextField } from '../../../shared/plan/planFields'
import type { PlanNode, PlanSnapshot } from '../../../shared/plan/planSnapshot'
import { validatePlan, type PlanProblem } from '../../../shared/plan/validatePlan'

interface RowEntry {
  node: PlanNode
  problems: PlanProblem[]
}

// A skeleton row's texts: a title so nothing is missing, the rest empty (no
// date to parse). Its per-field findings are dropped; only whole-row ones are kept.
const neutralFields = Object.fromEntries(planTextFields.map(field => [field, field === 'title' ? '·' : ''])) as Record<PlanTextField, string>

function sameTexts (a: PlanNode, b: PlanNode): boolean {
  if (a.kind !== b.kind) return false
  for (const field of planTextFields) if (a.fields[field] !== b.fields[field]) return false
  return true
}

export class PlanValidator {
  private rows = new Map<string, RowEntry>()
  private shape: { key: string; problems: PlanProblem[] } | null = null

  constructor (private readonly year: AcademicYear) {}

  validate (snapshot: PlanSnapshot): PlanProblem[] {
    const problems: PlanProblem[] = []
    const seen = new Set<string>()
    const visit = (node: PlanNode) => {
      seen.add(node.id)
      problems.push(...this.rowProblems(node))
      node.children.forEach(visit)
    }
    snapshot.sections.forEach(visit)
    for (const id of this.rows.keys()) if (!seen.has(id)) this.rows.delete(id)
    problems.push(...this.shapeProblems(snapshot))
    return problems
  }

  private rowProblems (node: PlanNode): PlanProblem[] {
    const cached = this.rows.get(node.id)
    if (cached && sameTexts(cached.node, node)) return cached.problems
    // Alone, without children or source number: exactly this row's own findings.
    const alone: PlanNode = { ...node, sourceNumber: undefined, children: [] }
    const found = validatePlan({ sections: [alone], orphans: [] }, this.year).filter(p => p.field !== null)
    this.rows.set(node.id, { node, problems: found })
    return found
  }

  private shapeProblems (snapshot: PlanSnapshot): PlanProblem[] {
    const parts: string[] = []
    const describe = (node: PlanNode) => {
      parts.push(`${node.id}|${node.kind}|${node.sourceNumber ?? ''}|${node.children.length}`)
      node.children.forEach(describe)
    }
    snapshot.sections.forEach(describe)
    parts.push('orphans')
    snapshot.orphans.forEach(describe)
    const key = parts.join('\n')
    if (this.shape?.key === key) return this.shape.problems
    const skeleton = (node: PlanNode): PlanNode => ({ ...node, fields: neutralFields, children: node.children.map(skeleton) })
    const found = validatePlan({ sections: snapshot.sections.map(skeleton), orphans: snapshot.orphans.map(skeleton) }, this.year)
      .filter(p => p.field === null)
    this.shape = { key, problems: found }
    return found
  }
}
