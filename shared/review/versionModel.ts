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

/** What changed between two versions, for people. */
export interface VersionDiff {
  plan: {
    added: Array<{ id: string; number: string; title: string }>
    removed: Array<{ id: string; number: string; title: string }>
    changed: Array<{ id: string; number: string; title: string; fields: Array<{ field: string; before: string; after: string }> }>
  }
  report: Array<{ sectionId: string; number: string; title: string; added: string[]; removed: string[] }>
}
