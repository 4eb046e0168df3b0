import type { MetaData } from './MetaData'

/**
 * Users, sessions, boards and memberships. Reads are from memory; `update`
 * runs one change at a time and resolves once it is durably stored.
 * Implementations must pass metaStore.contract.ts.
 */
export interface MetaStore {
  /** The current data. Treat as read-only: change it only through `update`. */
  readonly data: MetaData
  update<T> (change: (data: MetaData) => T): Promise<T>
  /**
   * Optional, for stores shared by several instances: re-reads what another
   * instance may have changed a moment ago; true when something had changed.
   */
  refresh? (): Promise<boolean>
  close (): Promise<void>
}
