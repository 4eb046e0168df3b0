import type { Context } from 'hono'
import type { z } from 'zod'
import { HttpError } from './HttpError'

/** Parses and validates a JSON body; the first schema message (Russian) becomes the error. */
export async function readJson<S extends z.ZodType> (c: Context, schema: S): Promise<z.infer<S>> {
  let body: unknown
  try {
    body = await c.req.json()
  } catch {
    throw HttpError.badRequest('Тело запроса должно быть JSON.')
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw HttpError.validation(issue?.message ?? 'Данные не прошли проверку.')
  }
  return parsed.data
}
