import { useState } from 'react'
import type * as Y from 'yjs'
import { createIndicator } from '../../shared/registry/registryDoc'
import type { IndicatorData } from '../../shared/registry/registrySnapshot'
import { IndicatorRow } from './IndicatorRow'
import { registryStrings } from './registryStrings'

export interface IndicatorsPanelProps {
  doc: Y.Doc
  indicators: readonly IndicatorData[]
  total: number | null
  canWrite: boolean
}

/** «Показатели эффективности»: the team's indicators, in the order they were added. */
export function IndicatorsPanel ({ doc, indicators, total, canWrite }: IndicatorsPanelProps) {
  const s = registryStrings.indicators
  const [focusId, setFocusId] = useState<string | null>(null)
  return (
    <section className="card registry-indicators" aria-labelledby="registry-indicators-title">
      <div className="registry-section-head">
        <div>
          <h3 id="registry-indicators-title" className="card__title">{s.title}</h3>
          <p className="muted registry-section-head__intro">{s.intro}</p>
        </div>
        {canWrite
          ? (
            <button type="button" className="button button--secondary" data-testid="indicator-add"
              onClick={() => setFocusId(createIndicator(doc, { name: '' }))}>
              {s.add}
            </button>
            )
          : null}
      </div>
      {indicators.length === 0
        ? <p className="empty-state">{s.empty}</p>
        : indicators.map(indicator => (
          <IndicatorRow key={indicator.id} doc={doc} indicator={indicator} total={total} canWrite={canWrite} autoFocus={indicator.id === focusId} />
        ))}
    </section>
  )
}
