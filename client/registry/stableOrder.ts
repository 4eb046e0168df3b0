/**
 * The display order of rows that are sorted by a name people are typing:
 * rows already shown keep their places (a row must not jump away from the
 * person typing in it, nor under someone reading), and rows that appear are
 * put where the sorted order puts them, after the nearest row before them.
 */
export function stableOrder (previous: readonly string[], sorted: readonly string[]): string[] {
  const present = new Set(sorted)
  const result = previous.filter(id => present.has(id))
  const shown = new Set(result)
  sorted.forEach((id, index) => {
    if (shown.has(id)) return
    let at = 0
    for (let before = index - 1; before >= 0; before--) {
      const position = result.indexOf(sorted[before])
      if (position >= 0) {
        at = position + 1
        break
      }
    }
    result.splice(at, 0, id)
    shown.add(id)
  })
  return result
}

export function sameOrder (a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index])
}
