/**
 * «Проведённые мероприятия»: the items marked done, by plan section, with the
 * date they were held (the recorded actual date, else the planned timing as
 * typed), the audience and the number of participants; a totals row sums the
 * valid participant counts.
 */
import { ItemStatus } from '../../plan/planFields'
import type { PlanNode } from '../../plan/planSnapshot'
import { generatedBlockTitles, type GeneratedBlockParams } from '../blockKinds'
import type { GeneratedRow, GeneratedTable, GenerationInput } from '../generatedTable'
import { formatParticipants, sumParticipants } from './participants'
import { missingSectionText, planScope, sectionItems, sectionLabel } from './planScope'

const eventsHeldColumns = ['№', 'Мероприятие', 'Дата проведения', 'Целевая аудитория', 'Участники']

export function eventsHeld (params: GeneratedBlockParams, input: GenerationInput): GeneratedTable {
  const scope = planScope(input.plan, params)
  const rows: GeneratedRow[] = []
  const held: PlanNode[] = []
  for (const section of scope.sections) {
    const items = sectionItems(section).filter(item => item.status === ItemStatus.done)
    if (items.length === 0) continue
    rows.push({ cells: [sectionLabel(section)], group: true, nodeId: section.id })
    for (const item of items) rows.push({ cells: eventCells(item), nodeId: item.id })
    held.push(...items)
  }
  const table: GeneratedTable = { title: generatedBlockTitles['events-held'], columns: eventsHeldColumns, rows, notes: [] }
  if (held.length === 0) {
    return { ...table, rows: [], empty: scope.missingSection ? missingSectionText : 'Нет проведённых мероприятий.' }
  }
  const participants = sumParticipants(held)
  rows.push({ cells: ['', 'Итого', '', '', formatParticipants(participants.sum)], total: true })
  return { ...table, notes: participants.notes }
}

function eventCells (item: PlanNode): string[] {
  const actualDate = item.fields.actualDate.trim()
  return [
    item.number,
    item.fields.title.trim(),
    actualDate !== '' ? actualDate : item.fields.timing.trim(),
    item.fields.audience.trim(),
    item.fields.participants.trim(),
  ]
}
