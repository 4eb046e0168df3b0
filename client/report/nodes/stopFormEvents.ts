/**
 * A node view's stopEvent: everything that happens in its own form controls
 * (cell fields, row buttons, selects) stays there. Without it ProseMirror would
 * treat a keystroke, a paste or a drop in a cell as an edit of the rich text,
 * and Backspace in an empty cell would delete the whole table.
 */
export function stopFormEvents ({ event }: { event: Event }): boolean {
  const target = event.target
  if (!(target instanceof HTMLElement)) return false
  return target.closest('input, textarea, select, button, label') !== null
}
