import type { PlanNode } from '../../../shared/plan/planSnapshot'
import { OrphanItem } from './OrphanItem'
import { planStrings } from './planStrings'

export interface OrphansBlockProps {
  orphans: readonly PlanNode[]
  sections: readonly PlanNode[]
  canWrite: boolean
  onMove: (nodeId: string, sectionId: string) => void
}

/**
 * «Пункты вне разделов»: items no section reaches any more (a section deleted
 * while someone added to it). Never hidden, so nothing typed is ever lost.
 */
export function OrphansBlock ({ orphans, sections, canWrite, onMove }: OrphansBlockProps) {
  if (orphans.length === 0) return null
  return (
    <section className="plan-orphans" data-testid="plan-orphans" aria-labelledby="plan-orphans-title">
      <h2 id="plan-orphans-title" className="plan-orphans__title">{planStrings.orphans.title}</h2>
      <p className="muted">{planStrings.orphans.hint}</p>
      <ul className="plan-orphans__list">
        {orphans.map(orphan => <OrphanItem key={orphan.id} orphan={orphan} sections={sections} canWrite={canWrite} onMove={onMove} />)}
      </ul>
    </section>
  )
}
