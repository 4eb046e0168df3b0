/**
 * What an annotation is attached to, validated strictly before anything is
 * written: the anchor is stored in the annotations document as plain JSON, so
 * an unchecked value (a 20,000-deep nest of arrays once) would be encoded by
 * Yjs on every later save and could break the document for everyone.
 */
import { z } from 'zod'
import { planTextFields, type PlanTextField } from '../plan/planFields'

/** Ids in our documents are short (plan/report node ids are ~15 characters); the bound leaves room for imports. */
const MAX_ID_LENGTH = 64
/** Yjs root type names are the document layout's own keys (e.g. «planNodes»); a little room for newer ones. */
const MAX_ROOT_NAME_LENGTH = 100

/** Every rule below answers with this one Russian message: the anchor comes from our client, a wrong one is a bug or a probe. */
const bad = { error: 'Неверная привязка замечания: ожидается пункт плана (nodeId, field) или фрагмент отчёта (sectionId, start, end).' }

const counter = z.number(bad).int(bad).nonnegative(bad).max(Number.MAX_SAFE_INTEGER, bad)
/** A Yjs ID (client, clock) as JSON; both are unsigned integers below 2^53. */
const yId = z.strictObject({ client: counter, clock: counter }, bad)

/** A Yjs relative position as Y.relativePositionToJSON makes it: nothing else is accepted. */
export const relativePositionSchema = z.strictObject({
  type: yId.optional(),
  tname: z.string(bad).max(MAX_ROOT_NAME_LENGTH, bad).optional(),
  item: yId.optional(),
  /** Which side the position sticks to: -1 the letter before, 0 or 1 the letter after. */
  assoc: z.number(bad).int(bad).min(-1, bad).max(1, bad).optional(),
}, bad)
export type RelativePositionJson = z.infer<typeof relativePositionSchema>

const nodeId = z.string(bad).min(1, bad).max(MAX_ID_LENGTH, bad)

export const annotationAnchorSchema = z.discriminatedUnion('kind', [
  /** A plan item (or section), optionally one of its cells. */
  z.strictObject({
    kind: z.literal('plan'),
    nodeId,
    field: z.enum(planTextFields as unknown as [PlanTextField, ...PlanTextField[]], bad).optional(),
  }, bad),
  /**
   * A passage of a report section: Yjs relative positions into the section
   * body, so the anchor follows the words while people keep editing around them.
   */
  z.strictObject({ kind: z.literal('report'), sectionId: nodeId, start: relativePositionSchema, end: relativePositionSchema }, bad),
], bad)
export type AnnotationAnchor = z.infer<typeof annotationAnchorSchema>
