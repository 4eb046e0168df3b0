import type { PlanNode } from '../../../shared/plan/planSnapshot'
import { ConfirmDialog } from './ConfirmDialog'
import { planStrings } from './planStrings'

function countDescendants (node: PlanNode): number {
  return node.children.reduce((sum, child) => sum + 1 + countDescendants(child), 0)
}

export interface RemoveConfirmProps {
  node: PlanNode
  onConfirm: () => void
  onCancel: () => void
}

/** «Удалить?»: a section with items says how many go with it, and starts on «Отмена». */
export function RemoveConfirm ({ node, onConfirm, onCancel }: RemoveConfirmProps) {
  const text = planStrings.remove
  const title = node.fields.title.trim() || text.untitled
  const count = countDescendants(node)
  const section = node.kind === 'section'
  const message = section
    ? (count > 0 ? text.sectionWithItems(node.number, title, count) : text.section(node.number, title))
    : (count > 0 ? text.itemWithChildren(node.number, title, count) : text.item(node.number, title))
  return (
    <ConfirmDialog
      message={message}
      confirmLabel={section && count > 0 ? text.confirmAll : text.confirm}
      cancelLabel={text.cancel}
      cautious={count > 0}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  )
}
