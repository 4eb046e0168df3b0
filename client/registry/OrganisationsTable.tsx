import type * as Y from 'yjs'
import type { OrganisationData } from '../../shared/registry/registrySnapshot'
import { OrganisationRow } from './OrganisationRow'
import { registryStrings } from './registryStrings'

export interface OrganisationsTableProps {
  doc: Y.Doc
  organisations: readonly OrganisationData[]
  canWrite: boolean
  focusId: string | null
  /** Shown instead of the table when there are no rows. */
  emptyText: string
}

export function OrganisationsTable ({ doc, organisations, canWrite, focusId, emptyText }: OrganisationsTableProps) {
  const c = registryStrings.columns
  if (organisations.length === 0) return <p className="empty-state" data-testid="registry-empty">{emptyText}</p>
  return (
    <div className="table-wrap">
      <table className="table registry-table" aria-label={registryStrings.title}>
        <thead>
          <tr>
            <th scope="col" className="registry-table__short">{c.shortName}</th>
            <th scope="col" className="registry-table__full">{c.fullName}</th>
            <th scope="col" className="registry-table__type">{c.type}</th>
            <th scope="col">{c.statuses}</th>
            {canWrite ? <th scope="col" className="table__actions"><span className="visually-hidden">{c.actions}</span></th> : null}
          </tr>
        </thead>
        <tbody>
          {organisations.map(organisation => (
            <OrganisationRow key={organisation.id} doc={doc} organisation={organisation} canWrite={canWrite} autoFocus={organisation.id === focusId} />
          ))}
        </tbody>
      </table>
    </div>
  )
}
