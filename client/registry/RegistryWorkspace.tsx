import { useMemo, useState } from 'react'
import { createOrganisation, districtTotalText, knownInnovationStatuses } from '../../shared/registry/registryDoc'
import { districtTotal, registryCounts } from '../../shared/registry/registryCounts'
import type { DocConnection } from '../sync/DocConnection'
import { DistrictTotalField } from './DistrictTotalField'
import { IndicatorsPanel } from './IndicatorsPanel'
import { STATUS_OPTIONS_ID } from './InnovationStatusRow'
import { matchesSearch } from './matchesSearch'
import { OrganisationsTable } from './OrganisationsTable'
import { RegistryImportDialog } from './RegistryImportDialog'
import { registryStrings } from './registryStrings'
import { RegistryToolbar } from './RegistryToolbar'
import { useRegistrySnapshot } from './useRegistrySnapshot'
import { useDocSynced } from '../sync/useDocSynced'
import { useStableOrder } from './useStableOrder'

export interface RegistryWorkspaceProps {
  connection: DocConnection
  canWrite: boolean
}

/** The registry of organisations with their statuses, the district's total, and the indicators. */
export function RegistryWorkspace ({ connection, canWrite }: RegistryWorkspaceProps) {
  const s = registryStrings
  const doc = connection.doc
  // Until the first sync an empty registry may only mean «not loaded yet»: offering «Добавить ОУ» then invites duplicates.
  const synced = useDocSynced(connection)
  const registry = useRegistrySnapshot(doc)
  const [query, setQuery] = useState('')
  const [importing, setImporting] = useState(false)
  const [focusId, setFocusId] = useState<string | null>(null)
  const sortedIds = useMemo(() => registry.organisations.map(org => org.id), [registry.organisations])
  const { order, sorted, resort } = useStableOrder(sortedIds)
  const byId = useMemo(() => new Map(registry.organisations.map(org => [org.id, org])), [registry.organisations])
  const shown = order.flatMap(id => {
    const organisation = byId.get(id)
    return organisation && matchesSearch(organisation, query) ? [organisation] : []
  })
  const counts = registryCounts(registry.organisations)
  const total = districtTotal(registry.districtTotal, counts.organisations)

  function add () {
    setQuery('')
    setFocusId(createOrganisation(doc, { shortName: '' }))
  }

  if (!synced) return <p className="page-status">{s.connecting}</p>
  const emptyText = registry.organisations.length > 0 ? s.nothingFound : canWrite ? s.empty : s.emptyReadOnly
  return (
    <div className="registry" data-testid="registry-tab">
      <section className="card registry-organisations" aria-labelledby="registry-title">
        <div className="registry-section-head">
          <div>
            <h2 id="registry-title" className="card__title">{s.title}</h2>
            <p className="muted registry-section-head__intro">{s.intro}</p>
          </div>
          <DistrictTotalField text={districtTotalText(doc)} total={total} registryCount={counts.organisations} canWrite={canWrite} />
        </div>
        <p className="registry-counts" role="status" data-testid="registry-counts"
          data-total={counts.organisations} data-with-status={counts.withStatus}>
          {s.counts(counts.organisations, counts.withStatus)}
          {query.trim() !== '' ? <span className="muted"> · {s.shown(shown.length)}</span> : null}
        </p>
        <RegistryToolbar query={query} onQuery={setQuery} canWrite={canWrite} onAdd={add} onImport={() => setImporting(true)}
          onResort={sorted ? null : resort} />
        <OrganisationsTable doc={doc} organisations={shown} canWrite={canWrite} focusId={focusId} emptyText={emptyText} />
      </section>
      <IndicatorsPanel doc={doc} indicators={registry.indicators} total={total.value} canWrite={canWrite} />
      <datalist id={STATUS_OPTIONS_ID}>
        {knownInnovationStatuses.map(status => <option key={status} value={status}>{s.statusTitles[status]}</option>)}
      </datalist>
      {importing && canWrite
        ? <RegistryImportDialog doc={doc} existing={registry.organisations} onClose={() => setImporting(false)} />
        : null}
    </div>
  )
}
