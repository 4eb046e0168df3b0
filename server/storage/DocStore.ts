/**
 * Where each Yjs document's state lives. One entry per document, so a save
 * writes only the document that changed. Implementations must pass
 * docStore.contract.ts.
 */
export interface DocStore {
  /** The stored state (a Yjs update), null when the document was never saved. */
  load (name: string): Promise<DocLoadResult>
  /** Replaces the stored state atomically. */
  save (name: string, state: Uint8Array): Promise<void>
  /** Names of all stored documents. */
  list (): Promise<string[]>
  remove (name: string): Promise<void>
  /**
   * Optional (log stores): adds one update to the stored state, durable when
   * the promise resolves. Rooms then append each accepted update instead of
   * re-saving the whole state; without it they save whole states as before.
   */
  append? (name: string, update: Uint8Array): Promise<void>
  /** Optional: folds what was appended into the snapshot, in the background (the document was unloaded). */
  compact? (name: string): Promise<void>
  /** Optional: waits for writes in flight, folds the logs and closes files. */
  close? (): Promise<void>
}

export type DocLoadResult =
  | { ok: true; state: Uint8Array | null }
  | { ok: false; error: DocStoreError }

export interface DocStoreError {
  code: 'corrupt'
  /** Where the bad data is (a file path for file stores), for the administrator. */
  location: string
  message: string
}
