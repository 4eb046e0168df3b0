import { statusLabels } from '../../../shared/plan/planFields'
import { flattenRows } from '../../../shared/plan/planSnapshot'
import type { VersionInfo } from '../../../shared/review/versionModel'
import { isGeneratedBlockKind } from '../../../shared/report/blockKinds'
import { generatedBlockKey } from '../../../shared/report/freezeGenerated'
import { parseBlockParams } from '../../../shared/report/generate/blockParams'
import { generateBlock } from '../../../shared/report/generate/generateBlock'
import { useBoardConnection } from '../../board/live/BoardConnection'
import { reviewStrings } from '../reviewStrings'
import type { ReportBlockSources } from './reportBlocks'
import { useLoaded } from './useLoaded'
import { VersionReportText } from './VersionReportText'
import { getVersion } from './versionsApi'

export interface VersionViewProps {
  boardId: string
  version: VersionInfo
  /** Other versions to compare this one with. */
  others: readonly VersionInfo[]
  onCompare: (to: VersionInfo | 'current') => void
}

/** A version read-only: its plan as a simple numbered table and its report sections as text. */
export function VersionView ({ boardId, version, others, onCompare }: VersionViewProps) {
  const s = reviewStrings.versions
  const content = useLoaded(`${boardId}/${version.id}`, () => getVersion(boardId, version.id))
  const { year } = useBoardConnection()
  // Typed tables from the version; generated ones as agreed (frozen) or computed from the version's own plan and registry.
  const sources = (sectionId: string): ReportBlockSources => content.status !== 'ok' ? {} : {
    tables: content.data.report.tables,
    generated: (kind, params, topIndex) => {
      const frozen = content.data.frozen?.[generatedBlockKey(sectionId, topIndex)]
      if (frozen) return frozen
      if (!isGeneratedBlockKind(kind)) return null
      try {
        return generateBlock(kind, parseBlockParams(params), { plan: content.data.plan, registry: content.data.registry, year })
      } catch {
        return null
      }
    },
  }
  return (
    <section className="version-view" data-testid="version-view" data-version-id={version.id}>
      <h3 className="version-view__title">{s.viewTitle(version.name)}</h3>
      <div className="version-view__compare">
        <button type="button" className="button button--secondary" data-testid="version-compare-current" onClick={() => onCompare('current')}>{s.compareCurrent}</button>
        {others.length > 0 && (
          <label>
            <span className="visually-hidden">{s.compareWith}</span>
            <select value="" data-testid="version-compare-to" onChange={event => {
              const other = others.find(v => v.id === event.target.value)
              if (other) onCompare(other)
            }}>
              <option value="">{s.compareWith}…</option>
              {others.map(other => <option key={other.id} value={other.id}>{other.name}</option>)}
            </select>
          </label>
        )}
      </div>
      {content.status === 'loading' && <p className="page-status">{s.loading}</p>}
      {content.status === 'error' && <p className="notice notice--error" role="alert">{content.message}</p>}
      {content.status === 'ok' && (
        <>
          <h4>{s.plan}</h4>
          {content.data.plan.sections.length === 0
            ? <p className="muted">{s.planEmpty}</p>
            : (
              <table className="version-plan" data-testid="version-plan">
                <thead>
                  <tr>{Object.values(s.columns).map(label => <th key={label} scope="col">{label}</th>)}</tr>
                </thead>
                <tbody>
                  {flattenRows(content.data.plan).map(node => (
                    <tr key={node.id} className={`version-plan__row is-${node.kind}`} data-testid="version-plan-row">
                      <td>{node.number}</td>
                      {node.kind === 'section'
                        ? <td colSpan={4}><strong>{node.fields.title}</strong></td>
                        : (
                          <>
                            <td>{node.fields.title}</td>
                            <td>{node.fields.timing}</td>
                            <td>{node.fields.audience}</td>
                            <td>{statusLabels[node.status]}</td>
                          </>
                          )}
                    </tr>
                  ))}
                </tbody>
              </table>
              )}
          <h4>{s.report}</h4>
          <VersionReportText sections={content.data.report.sections} sources={sources} />
        </>
      )}
    </section>
  )
}
