/**
 * The single edit that turns `before` into `after` (common prefix and suffix
 * kept). A plain input reports only its new value; applying the difference,
 * not the whole value, lets two people type in the same field and merge.
 */
export interface TextEdit {
  index: number
  remove: number
  insert: string
}

export function textDiff (before: string, after: string, cursor?: number): TextEdit | null {
  if (before === after) return null
  let start = 0
  const maxStart = Math.min(before.length, after.length)
  while (start < maxStart && before[start] === after[start]) start++
  // With a known cursor, the edit cannot extend past it (typing "a" into "aa" is an insert at the cursor).
  if (cursor !== undefined) start = Math.min(start, Math.max(0, cursor - Math.max(0, after.length - before.length)))
  let endBefore = before.length
  let endAfter = after.length
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--
    endAfter--
  }
  return { index: start, remove: endBefore - start, insert: after.slice(start, endAfter) }
}

/** Where a caret at `index` ends up after a remote change given as a Yjs delta. */
export function transformIndex (delta: Array<{ retain?: number; insert?: unknown; delete?: number }>, index: number): number {
  let position = 0
  let result = index
  for (const op of delta) {
    if (op.retain !== undefined) position += op.retain
    else if (op.insert !== undefined) {
      const length = typeof op.insert === 'string' ? op.insert.length : 1
      if (position <= index) result += length
      position += length
    } else if (op.delete !== undefined) {
      if (position < index) result -= Math.min(op.delete, index - position)
    }
    if (position > index) break
  }
  return Math.max(0, result)
}
