import type { ImportedItem, ImportedPlan } from '../../../shared/plan/importedPlan'

function countItems (items: readonly ImportedItem[]): number {
  return items.reduce((sum, item) => sum + 1 + countItems(item.children), 0)
}

/** Items and sub-items of an imported plan (the preview's «пунктов: N»). */
export function importedItemCount (plan: ImportedPlan): number {
  return plan.sections.reduce((sum, section) => sum + countItems(section.items), 0)
}
