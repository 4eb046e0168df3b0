/**
 * «План и факт» (the innovation-site report's table): every planned item,
 * whatever its status, with what was actually done, the reason for deviation
 * and the management action, by plan section.
 */
import { ItemStatus } from '../../plan/planFields'
import type { PlanNode } from '../../plan/planSnapshot'
import { generatedBlockTitles, type GeneratedBlockParams } from '../blockKinds'
import type { GeneratedRow, GeneratedTable, GenerationInput } from '../generatedTable'
import { NO_SHARE } from '../percent'
import { missingSectionText, planScope, sectionItems, sectionLabel } from './planScope'

const planVsFactColumns = ['№', 'Запланированное мероприятие', 'Что проведено фактически', 'Причины отклонения', 'Управленческие действия']

/** What the «actually done» cell says when nobody has described it. */
const statusFact: Record<ItemStatus, string> = {
  done: 'Проведено',
  cancelled: 'Отменено',
  moved: 'Перенесено',
  planned: NO_SHARE,
}

export function planVsFact (params: GeneratedBlockParams, input: GenerationInput): GeneratedTable {
  const scope = planScope(input.plan, params)
  const rows: GeneratedRow[] = []
  for (const section of scope.sections) {
    const items = sectionItems(section)
    if (items.length === 0) continue
    rows.push({ cells: [sectionLabel(section)], group: true, nodeId: section.id })
    for (const item of items) rows.push({ cells: factCells(item), nodeId: item.id })
  }
  const table: GeneratedTable = { title: generatedBlockTitles['plan-vs-fact'], columns: planVsFactColumns, rows, notes: [] }
  if (rows.length === 0) return { ...table, empty: scope.missingSection ? missingSectionText : 'В плане нет мероприятий.' }
  return table
}

function factCells (item: PlanNode): string[] {
  const title = item.fields.title.trim()
  const timing = item.fields.timing.trim()
  const content = item.fields.actualContent.trim()
  return [
    item.number,
    timing === '' ? title : `${title} (${timing})`,
    content !== '' ? content : statusFact[item.status],
    item.fields.deviationReason.trim(),
    item.fields.managementAction.trim(),
  ]
}
