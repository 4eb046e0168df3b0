import { generateBlock } from '../../../shared/report/generate/generateBlock'
import { isGeneratedBlockKind } from '../../../shared/report/blockKinds'
import { parseBlockParams } from '../../../shared/report/generate/blockParams'
import type { GeneratedTable, GenerationInput } from '../../../shared/report/generatedTable'
import { reportStrings } from '../reportStrings'

export type ComputedBlock =
  | { ok: true; table: GeneratedTable; at: Date }
  | { ok: false; error: string }

/**
 * Computes one block, never throwing: a block that cannot be computed (a kind
 * from a newer client, a bug in a generator) shows a message in its place
 * instead of taking the whole section editor down.
 */
export function computeBlock (kind: unknown, params: unknown, input: GenerationInput): ComputedBlock {
  if (!isGeneratedBlockKind(kind)) return { ok: false, error: reportStrings.generated.unknownKind(String(kind ?? '')) }
  try {
    return { ok: true, table: generateBlock(kind, parseBlockParams(params), input), at: new Date() }
  } catch (error) {
    console.error('generated block failed', kind, error)
    return { ok: false, error: reportStrings.generated.failed }
  }
}
