/**
 * A generatedBlock node keeps its parameters as a JSON string attribute. A
 * value written by a newer client, or damaged, must not break the report: what
 * cannot be read is dropped and the block shows everything.
 */
import { z } from 'zod'
import type { GeneratedBlockParams } from '../blockKinds'

const paramsSchema = z.object({ section: z.string().min(1).optional().catch(undefined) }).catch({})

export function parseBlockParams (json: unknown): GeneratedBlockParams {
  if (typeof json !== 'string') return {}
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return {}
  }
  const { section } = paramsSchema.parse(value)
  return section === undefined ? {} : { section }
}
