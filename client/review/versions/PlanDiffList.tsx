import type { VersionDiff } from '../../../shared/review/versionModel'
import { reviewStrings } from '../reviewStrings'
import { ChangeBy } from './ChangeBy'

const s = reviewStrings.versions
const shown = (value: string) => value.trim() === '' ? s.emptyValue : value

/** Plan items added, removed, and changed field by field (before → after). */
export function PlanDiffList ({ plan }: { plan: VersionDiff['plan'] }) {
  return (
    <div className="version-diff__plan">
      {plan.added.map(item => (
        <p key={item.id} className="diff-line is-added" data-testid="diff-plan-added"><span className="diff-tag">{s.added}</span> {item.number} {item.title} <ChangeBy by={item.by} /></p>
      ))}
      {plan.removed.map(item => (
        <p key={item.id} className="diff-line is-removed" data-testid="diff-plan-removed"><span className="diff-tag">{s.removed}</span> <del>{item.number} {item.title}</del> <ChangeBy by={item.by} /></p>
      ))}
      {(plan.moved ?? []).map(item => (
        <p key={`m${item.id}`} className="diff-line is-moved" data-testid="diff-plan-moved"><span className="diff-tag">{s.moved}</span> {item.title} ({s.movedTo(item.before, item.after)}) <ChangeBy by={item.by} /></p>
      ))}
      {plan.changed.map(item => (
        <div key={item.id} className="diff-line is-changed" data-testid="diff-plan-changed">
          <p><span className="diff-tag">{s.changed}</span> {item.number} {item.title} <ChangeBy by={item.by} /></p>
          <dl className="diff-fields">
            {item.fields.map(field => (
              <div key={field.field} className="diff-field">
                <dt>{field.field}</dt>
                <dd><del>{shown(field.before)}</del> <span aria-hidden="true">{s.arrow}</span> <ins>{shown(field.after)}</ins></dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </div>
  )
}
