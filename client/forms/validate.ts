import type { z } from 'zod'

export type Validation<T> =
  | { ok: true; data: T }
  | { ok: false; message: string; field: string | undefined }

/**
 * Checks form input against a shared request schema. The schemas carry
 * Russian messages; the first issue is shown, and its top-level field is
 * returned so the form can mark and focus it.
 */
export function validate<S extends z.ZodType> (schema: S, input: unknown): Validation<z.output<S>> {
  const result = schema.safeParse(input)
  if (result.success) return { ok: true, data: result.data }
  const issue = result.error.issues[0]
  const field = issue?.path[0]
  return {
    ok: false,
    message: issue?.message ?? '',
    field: typeof field === 'string' ? field : undefined,
  }
}
