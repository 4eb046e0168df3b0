import { useBoardConnection } from '../board/live/BoardConnection'
import { registryStrings } from './registryStrings'
import { RegistryWorkspace } from './RegistryWorkspace'

/** The «Реестр» tab: the district's organisations, their innovation statuses and the effectiveness indicators, co-edited live. */
export function RegistryTab () {
  const { plan, canWrite } = useBoardConnection()
  if (!plan) return <p className="page-status">{registryStrings.connecting}</p>
  // A new connection (role change, fresh resync) is a new document: start afresh.
  return <RegistryWorkspace key={plan.doc.guid} connection={plan} canWrite={canWrite} />
}
