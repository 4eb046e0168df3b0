/** Versions of a board: named (by a person), automatic (hourly while people edit), agreed (immutable). */
import { z } from 'zod'

export const VersionKind = { named: 'named', auto: 'auto', agreed: 'agreed', restore: 'restore' } as const
export type VersionKind = (typeof VersionKind)[keyof typeof VersionKind]

export interface VersionInfo {
  id: string
  kind: VersionKind
  name: string
  createdAt: string
  createdBy: string
  /** Logins whose edits this version contains since the previous one. */
  authors: string[]
  /** Bytes of the stored states, to account for the storage cost. */
  size: number
}

export const createVersionRequest = z.object({
  name: z.string().trim().min(1, 'Введите название версии.').max(200, 'Название — не длиннее 200 символов.'),
})

/** A run of words in a word-by-word comparison. */
export interface WordChange {
  type: 'same' | 'added' | 'removed'
  text: string
}

/** One end of a comparison: a version, or the live board. */
export interface DiffEnd {
  id: string
  name: string
  /** When the version was saved (for the live board: when it was compared). */
  at: string
}

/** What changed between two versions, for people. */
export interface VersionDiff {
  plan: {
    added: Array<{ id: string; number: string; title: string }>
    removed: Array<{ id: string; number: string; title: string }>
    changed: Array<{ id: string; number: string; title: string; fields: Array<{ field: string; before: string; after: string }> }>
    /** Put elsewhere in the tree (another parent, or another place among the same siblings): numbers before and after. */
    moved?: Array<{ id: string; title: string; before: string; after: string }>
  }
  /** Per changed section: paragraphs added and removed, and its whole text word by word. */
  report: Array<{ sectionId: string; number: string; title: string; added: string[]; removed: string[]; words?: WordChange[] }>
  from?: DiffEnd
  to?: DiffEnd
  /**
   * Who changed the board between the two (from the per-minute authorship
   * record) and the minutes they edited in; versions keep states, not
   * per-letter authors, so each change is attributed to this interval's people.
   */
  authors?: Array<{ login: string; name: string }>
}
