import { useBoardConnection } from '../../board/live/BoardConnection'
import { planStrings } from './planStrings'
import { PlanWorkspace } from './PlanWorkspace'

/** The «План» tab: the plan of events as the official table, co-edited live. */
export function PlanTab () {
  const { plan, canWrite, canWriteFact, year } = useBoardConnection()
  if (!plan) return <p className="page-status">{planStrings.connecting}</p>
  // A new connection (role change, fresh resync) is a new document: start the table afresh.
  return <PlanWorkspace key={plan.doc.guid} connection={plan} canWrite={canWrite} canWriteFact={canWriteFact} year={year} />
}
