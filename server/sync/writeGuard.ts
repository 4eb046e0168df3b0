import * as Y from 'yjs'
import { lockedPlanPart } from '../../shared/plan/planLock'

/**
 * Decides whether a client's update may be applied to a document the client
 * may write only in part. True: apply it. False: refuse it whole (the
 * connection is closed, nothing of it applied).
 */
export type WriteGuard = (doc: Y.Doc, update: Uint8Array) => boolean

/**
 * An agreed plan: the update is tried on a copy, and refused if it touches the
 * structure or a planned column. An update that would wait for structs the
 * server lacks (pending) is refused too: its effect cannot be checked now, and
 * it would be applied unchecked once the missing part arrived.
 */
export const agreedPlanGuard: WriteGuard = (doc, update) => {
  const copy = new Y.Doc({ gc: false })
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  const before = lockedPlanPart(copy)
  Y.applyUpdate(copy, update)
  const pending = copy.store.pendingStructs !== null || copy.store.pendingDs !== null
  const allowed = !pending && lockedPlanPart(copy) === before
  copy.destroy()
  return allowed
}
