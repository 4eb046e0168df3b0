/**
 * «Итоги по разделам плана»: per section, how many items were held, how many
 * people took part in them, how many were moved, cancelled or are still
 * planned; a totals row adds the sections up.
 */
import { ItemStatus } from '../../plan/planFields'
import type { PlanNode } from '../../plan/planSnapshot'
import { generatedBlockTitles, type GeneratedBlockParams } from '../blockKinds'
import type { GeneratedRow, GeneratedTable, GenerationInput } from '../generatedTable'
import { formatCount } from '../percent'
import { formatParticipants, sumParticipants } from './participants'
import { missingSectionText, planScope, sectionItems, sectionLabel } from './planScope'

const totalsColumns = ['Раздел', 'Проведено', 'Участников', 'Перенесено', 'Отменено', 'Запланировано']

interface Counts {
  done: number
  participants: number | null
  moved: number
  cancelled: number
  planned: number
}

export function totals (params: GeneratedBlockParams, input: GenerationInput): GeneratedTable {
  const scope = planScope(input.plan, params)
  const table: GeneratedTable = { title: generatedBlockTitles.totals, columns: totalsColumns, rows: [], notes: [] }
  if (scope.sections.length === 0) {
    return { ...table, empty: scope.missingSection ? missingSectionText : 'В плане нет разделов.' }
  }
  const rows: GeneratedRow[] = []
  const notes: string[] = []
  const all: Counts = { done: 0, participants: null, moved: 0, cancelled: 0, planned: 0 }
  for (const section of scope.sections) {
    const counts = countSection(sectionItems(section), notes)
    rows.push({ cells: [sectionLabel(section), ...countCells(counts)], nodeId: section.id })
    all.done += counts.done
    all.moved += counts.moved
    all.cancelled += counts.cancelled
    all.planned += counts.planned
    if (counts.participants !== null) all.participants = (all.participants ?? 0) + counts.participants
  }
  rows.push({ cells: ['Итого', ...countCells(all)], total: true })
  return { ...table, rows, notes }
}

function countSection (items: readonly PlanNode[], notes: string[]): Counts {
  const held = items.filter(item => item.status === ItemStatus.done)
  const participants = sumParticipants(held)
  notes.push(...participants.notes)
  const count = (status: ItemStatus) => items.filter(item => item.status === status).length
  return {
    done: held.length,
    participants: participants.sum,
    moved: count(ItemStatus.moved),
    cancelled: count(ItemStatus.cancelled),
    planned: count(ItemStatus.planned),
  }
}

function countCells (counts: Counts): string[] {
  return [
    formatCount(counts.done),
    formatParticipants(counts.participants),
    formatCount(counts.moved),
    formatCount(counts.cancelled),
    formatCount(counts.planned),
  ]
}
