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
   * Optional: adds an update to the stored state instead of replacing it
   * (stores made of appended updates). When present, the sync core appends
   * what changed since its last write; `load` returns everything merged.
   */
  append? (name: string, update: Uint8Array): Promise<void>
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
