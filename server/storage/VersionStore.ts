import type { VersionInfo } from '../../shared/review/versionModel'

/** Stored states of a board's documents at a point in time. */
export interface VersionStates {
  plan: Uint8Array
  report: Uint8Array
  /** Frozen generated report content of an agreed version (JSON), by block key. */
  frozen?: string
}

/**
 * Versions of boards, and who edited when. Versions are immutable once
 * saved. Implementations must pass versionStore.contract.ts.
 */
export interface VersionStore {
  list (boardId: string): Promise<VersionInfo[]>
  save (boardId: string, info: VersionInfo, states: VersionStates): Promise<void>
  load (boardId: string, versionId: string): Promise<VersionStates | null>
  /** Records that `login` changed the board during the minute of `at` (deduplicated per minute). */
  recordAuthor (boardId: string, login: string, at: Date): Promise<void>
  /** Logins who changed the board in [from, to). */
  authorsBetween (boardId: string, from: Date | null, to: Date): Promise<string[]>
}
