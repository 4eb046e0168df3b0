import { ItemStatus, fieldLabels, statusLabels } from '../plan/planFields'
import type { PlanNode } from '../plan/planSnapshot'

/**
 * What the «Отметка о выполнении» column of an exported plan says about one
 * item: its status and the fact recorded through the year, one line each, in
 * the words the ИМЦ typed. Empty while the item is planned and nothing is
 * recorded, so an unexecuted plan prints as the agreed form.
 */
export function planFactText (node: Pick<PlanNode, 'status' | 'fields'>): string {
  const { actualDate, participants, actualContent, deviationReason, managementAction } = node.fields
  const lines: string[] = []
  if (node.status !== ItemStatus.planned || actualDate.trim() !== '') {
    lines.push([statusLabels[node.status], actualDate.trim()].filter(part => part !== '').join(' '))
  }
  if (participants.trim() !== '') lines.push(`${fieldLabels.participants}: ${participants.trim()}`)
  if (actualContent.trim() !== '') lines.push(actualContent.trim())
  if (deviationReason.trim() !== '') lines.push(`${fieldLabels.deviationReason}: ${deviationReason.trim()}`)
  if (managementAction.trim() !== '') lines.push(`${fieldLabels.managementAction}: ${managementAction.trim()}`)
  return lines.join('\n')
}
