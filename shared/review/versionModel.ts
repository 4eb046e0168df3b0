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

/** Someone who changed one item or section between the two ends of a comparison, and when they last did. */
export interface ChangeAuthor {
  login: string
  name: string
  /** The start of the last minute they changed it in (authorship is kept per person per minute). */
  at: string
}

/**
 * Who made one change: everyone on record as changing that item or section
 * between the two ends, latest first. Empty when nobody is (edits made
 * before authorship was kept by part: then `VersionDiff.authors` is all
 * there is).
 */
export interface ChangeAttribution {
  by?: ChangeAuthor[]
}

/** What changed between two versions, for people. */
export interface VersionDiff {
  plan: {
    added: Array<{ id: string; number: string; title: string } & ChangeAttribution>
    removed: Array<{ id: string; number: string; title: string } & ChangeAttribution>
    changed: Array<{ id: string; number: string; title: string; fields: Array<{ field: string; before: string; after: string }> } & ChangeAttribution>
    /** Put elsewhere in the tree (another parent, or another place among the same siblings): numbers before and after. */
    moved?: Array<{ id: string; title: string; before: string; after: string } & ChangeAttribution>
  }
  /** Per changed section: paragraphs added and removed, and its whole text word by word. */
  report: Array<{ sectionId: string; number: string; title: string; added: string[]; removed: string[]; words?: WordChange[] } & ChangeAttribution>
  from?: DiffEnd
  to?: DiffEnd
  /**
   * Who changed the board between the two (from the per-minute authorship
   * record). Each change also names its own people (`by`), from the parts
   * each person changed minute by minute.
   */
  authors?: Array<{ login: string; name: string }>
}
