import { useState } from 'react'
import type { PlanNode } from '../../../shared/plan/planSnapshot'
import { planStrings } from './planStrings'

export interface OrphanItemProps {
  orphan: PlanNode
  sections: readonly PlanNode[]
  canWrite: boolean
  onMove: (nodeId: string, sectionId: string) => void
}

/** One item outside every section, with where to put it back. */
export function OrphanItem ({ orphan, sections, canWrite, onMove }: OrphanItemProps) {
  const [target, setTarget] = useState('')
  const title = orphan.fields.title.trim() || planStrings.orphans.untitled
  const chosen = sections.some(section => section.id === target) ? target : sections[0]?.id ?? ''
  return (
    <li className="plan-orphan" data-testid="plan-orphan" data-node-id={orphan.id}>
      <span className="plan-orphan__title">{title}</span>
      {orphan.fields.timing && <span className="muted"> — {orphan.fields.timing}</span>}
      {canWrite && sections.length > 0 && (
        <span className="plan-orphan__move">
          <select className="select" aria-label={planStrings.orphans.target(title)} value={chosen} onChange={event => setTarget(event.target.value)}>
            {sections.map(section => <option key={section.id} value={section.id}>{section.number}. {section.fields.title}</option>)}
          </select>
          <button type="button" className="button button--secondary" data-testid="plan-orphan-move" onClick={() => onMove(orphan.id, chosen)}>
            {planStrings.orphans.move}
          </button>
        </span>
      )}
    </li>
  )
}
