/**
 * The one entry point for a generated block's content: the editor, the DOCX
 * and the PDF exports all call it with the block's kind and parameters and
 * the live plan and registry, and draw the same table.
 */
import type { GeneratedBlockKind, GeneratedBlockParams } from '../blockKinds'
import type { GeneratedTable, GenerationInput } from '../generatedTable'
import { eventsHeld } from './eventsHeld'
import { indicators } from './indicators'
import { infrastructure } from './infrastructure'
import { planVsFact } from './planVsFact'
import { totals } from './totals'

export function generateBlock (kind: GeneratedBlockKind, params: GeneratedBlockParams, input: GenerationInput): GeneratedTable {
  switch (kind) {
    case 'events-held': return eventsHeld(params, input)
    case 'plan-vs-fact': return planVsFact(params, input)
    case 'infrastructure': return infrastructure(input)
    case 'indicators': return indicators(input)
    case 'totals': return totals(params, input)
    default: {
      const unknown: never = kind
      throw new Error(`Unknown generated block kind: ${String(unknown)}`)
    }
  }
}
