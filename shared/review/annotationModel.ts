/**
 * Annotations (Expert Council remarks). The server is their only writer: it
 * records the true author and time and writes them into the board's
 * annotations document, which every member syncs read-only.
 */
import { z } from 'zod'
import { annotationAnchorSchema, type AnnotationAnchor } from './annotationAnchor'

export { annotationAnchorSchema, type AnnotationAnchor } from './annotationAnchor'

export const Resolution = { accepted: 'accepted', rejected: 'rejected' } as const
export type Resolution = (typeof Resolution)[keyof typeof Resolution]
export const resolutionLabels: Record<Resolution, string> = { accepted: 'принято', rejected: 'отклонено' }

/** A remark is a page of text at most; longer is a document, not a comment. */
const MAX_TEXT = 5000
/** The quoted words: a long selection is cut (the client does so too). */
const MAX_QUOTE = 2000
/** A proposed replacement: a paragraph or a plan cell, not a chapter. */
const MAX_SUGGESTION = 5000

const text = z.string().trim().min(1, 'Введите текст замечания.').max(MAX_TEXT, `Замечание — не длиннее ${MAX_TEXT} символов.`)

export const createAnnotationRequest = z.object({
  anchor: annotationAnchorSchema,
  /** The annotated words as they were, shown if they are later deleted; for a suggestion, the words it replaces. */
  quote: z.string().max(MAX_QUOTE, `Цитата — не длиннее ${MAX_QUOTE} символов.`).default(''),
  /** May be empty for a suggestion (the proposal speaks for itself). */
  text: z.string().trim().max(MAX_TEXT, `Замечание — не длиннее ${MAX_TEXT} символов.`).default(''),
  /** Replacement text proposed for the anchored words (a report passage or a whole plan cell); may be empty to propose deleting them. */
  suggestion: z.string().max(MAX_SUGGESTION, `Предлагаемый текст — не длиннее ${MAX_SUGGESTION} символов.`).optional(),
}).superRefine((request, context) => {
  if (request.suggestion === undefined && request.text === '') context.addIssue({ code: 'custom', path: ['text'], message: 'Введите текст замечания.' })
  if (request.suggestion !== undefined && request.anchor.kind === 'plan' && !request.anchor.field) {
    context.addIssue({ code: 'custom', path: ['anchor'], message: 'Правку предлагают для ячейки плана: укажите поле.' })
  }
  if (request.suggestion !== undefined && request.suggestion === request.quote) {
    context.addIssue({ code: 'custom', path: ['suggestion'], message: 'Предлагаемый текст совпадает с исходным.' })
  }
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
  /** A suggestion: the replacement proposed for the quoted words. */
  suggestion?: string
  /** When an accepted suggestion was applied to the document (by `resolvedBy`). */
  appliedAt?: string
}

/** Top-level key of the annotations document: Y.Map of thread id → thread JSON (plain values). */
export const ANNOTATIONS_KEY = 'annotationThreads'

/** @login mentions in a text (logins as the REST schema allows them). */
export function findMentions (text: string): string[] {
  return [...new Set([...text.matchAll(/@([a-zA-Z0-9._-]{2,64})/g)].map(m => m[1].toLowerCase()))]
}
