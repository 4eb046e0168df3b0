/**
 * Annotations (Expert Council remarks). The server is their only writer: it
 * records the true author and time and writes them into the board's
 * annotations document, which every member syncs read-only.
 */
import { z } from 'zod'

/** What a thread is attached to. */
export const annotationAnchorSchema = z.discriminatedUnion('kind', [
  /** A plan item (or section), optionally one of its cells. */
  z.object({ kind: z.literal('plan'), nodeId: z.string().min(1), field: z.string().optional() }),
  /**
   * A passage of a report section: Yjs relative positions (JSON, as made by
   * Y.relativePositionToJSON) into the section body, so the anchor follows the
   * words while people keep editing around them.
   */
  z.object({ kind: z.literal('report'), sectionId: z.string().min(1), start: z.unknown(), end: z.unknown() }),
])
export type AnnotationAnchor = z.infer<typeof annotationAnchorSchema>

export const Resolution = { accepted: 'accepted', rejected: 'rejected' } as const
export type Resolution = (typeof Resolution)[keyof typeof Resolution]
export const resolutionLabels: Record<Resolution, string> = { accepted: 'принято', rejected: 'отклонено' }

const text = z.string().trim().min(1, 'Введите текст замечания.').max(5000, 'Замечание — не длиннее 5000 символов.')

export const createAnnotationRequest = z.object({
  anchor: annotationAnchorSchema,
  /** The annotated words as they were, shown if they are later deleted. */
  quote: z.string().max(2000).default(''),
  text,
})
export type CreateAnnotationRequest = z.infer<typeof createAnnotationRequest>

export const replyRequest = z.object({ text })
export const resolveRequest = z.object({ resolution: z.enum([Resolution.accepted, Resolution.rejected]).optional() })

export interface AnnotationComment {
  id: string
  author: string
  authorName: string
  text: string
  /** Logins mentioned with @login. */
  mentions: string[]
  createdAt: string
}

export interface AnnotationThread {
  id: string
  anchor: AnnotationAnchor
  quote: string
  /** The first comment is the remark itself; replies follow. */
  comments: AnnotationComment[]
  resolved: boolean
  resolution?: Resolution
  resolvedBy?: string
  resolvedAt?: string
  createdAt: string
  author: string
}

/** Top-level key of the annotations document: Y.Map of thread id → thread JSON (plain values). */
export const ANNOTATIONS_KEY = 'annotationThreads'

/** @login mentions in a text (logins as the REST schema allows them). */
export function findMentions (text: string): string[] {
  return [...new Set([...text.matchAll(/@([a-zA-Z0-9._-]{2,64})/g)].map(m => m[1].toLowerCase()))]
}
