/**
 * Participant counts are text as typed (the plan never rewrites «около 40»).
 * A sum takes only valid counts — the same rule plan validation applies — and
 * every count it had to leave out is named in a note, so the total is never
 * silently smaller than what people wrote.
 */
import { participantsSchema } from '../../plan/planSchemas'
import type { PlanNode } from '../../plan/planSnapshot'
import { formatCount, NO_SHARE } from '../percent'

export interface ParticipantsSum {
  /** Sum of the valid counts; null when no item had one. */
  sum: number | null
  /** One sentence per count left out. */
  notes: string[]
}

/** A valid count, null for an empty cell, 'invalid' for text that is not a whole number. */
function readParticipants (text: string): number | null | 'invalid' {
  if (text.trim() === '') return null
  return participantsSchema.safeParse(text).success ? Number(text.trim()) : 'invalid'
}

export function sumParticipants (items: readonly PlanNode[]): ParticipantsSum {
  let sum: number | null = null
  const notes: string[] = []
  for (const item of items) {
    const count = readParticipants(item.fields.participants)
    if (count === 'invalid') notes.push(excludedNote(item))
    else if (count !== null) sum = (sum ?? 0) + count
  }
  return { sum, notes }
}

/** «—» when there was nothing to sum: «0» would claim that nobody came. */
export function formatParticipants (sum: number | null): string {
  return sum === null ? NO_SHARE : formatCount(sum)
}

function excludedNote (item: PlanNode): string {
  const title = item.fields.title.trim()
  return `Число участников не учтено в сумме (не целое число): ${item.number}${title ? ` «${title}»` : ''} — «${item.fields.participants.trim()}».`
}
