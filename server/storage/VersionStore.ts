import type { VersionInfo } from '../../shared/review/versionModel'

/** Stored states of a board's documents at a point in time. */
export interface VersionStates {
  plan: Uint8Array
  report: Uint8Array
  /** Frozen generated report content of an agreed version (JSON), by block key. */
  frozen?: string
}

/**
 * One person's edits to a board in one minute, with the parts of the
 * documents they changed (`planNodes/<id>`, `reportSections/<id>`: see
 * shared/review/touchedParts.ts), so a comparison says who changed what.
 */
export interface AuthorMinute {
  login: string
  /** The start of the minute. */
  at: Date
  parts: string[]
}

/** Later than any edit: `changesBetween(board, null, END_OF_TIME)` is the whole record. */
export const END_OF_TIME = new Date(8.64e15)

/**
 * Versions of boards, and who edited when. Versions are immutable once
 * saved. Implementations must pass versionStore.contract.ts.
 */
export interface VersionStore {
  list (boardId: string): Promise<VersionInfo[]>
  save (boardId: string, info: VersionInfo, states: VersionStates): Promise<void>
  load (boardId: string, versionId: string): Promise<VersionStates | null>
  /**
   * Records that `login` changed the board during the minute of `at`, and
   * which parts (deduplicated per person, minute and part). Once it
   * resolves, changesBetween finds it. A call that adds nothing to what is
   * on record may answer the very promise an earlier call was given (the
   * caller then has nothing new to wait for; Versions.onAuthored relies on it
   * only to skip work, never for correctness).
   */
  recordAuthor (boardId: string, login: string, at: Date, parts?: readonly string[]): Promise<void>
  /**
   * Who changed the board in the whole minutes from `from`'s to `to`'s, both
   * included: each person's minute once with every part they changed in it,
   * in time order (authorLogins() gives just the people).
   */
  changesBetween (boardId: string, from: Date | null, to: Date): Promise<AuthorMinute[]>
}
