import type { AnnotationThread } from '../../../shared/review/annotationModel'

/** What a plan row shows of its open threads: how many, which cells, and the thread a click opens. */
export interface RowAnnotations {
  count: number
  fields: ReadonlySet<string>
  firstThreadId: string
  /** Open suggestions by cell (the latest one of a cell, if several). */
  suggestions: ReadonlyMap<string, CellSuggestion>
}

/** What a plan cell shows of a pending suggestion. */
export interface CellSuggestion {
  threadId: string
  quote: string
  text: string
  author: string
  authorName: string
}

/** Open plan threads by row. Resolved threads leave no mark: the marker means «something to answer here». */
export function indexRowAnnotations (threads: readonly AnnotationThread[]): ReadonlyMap<string, RowAnnotations> {
  const rows = new Map<string, { count: number; fields: Set<string>; firstThreadId: string; suggestions: Map<string, CellSuggestion> }>()
  for (const thread of threads) {
    if (thread.resolved || thread.anchor.kind !== 'plan') continue
    const { nodeId, field } = thread.anchor
    const row = rows.get(nodeId) ?? { count: 0, fields: new Set<string>(), firstThreadId: thread.id, suggestions: new Map<string, CellSuggestion>() }
    row.count++
    if (field) row.fields.add(field)
    if (field && thread.suggestion !== undefined) {
      row.suggestions.set(field, { threadId: thread.id, quote: thread.quote, text: thread.suggestion, author: thread.author, authorName: thread.comments[0]?.authorName ?? thread.author })
    }
    rows.set(nodeId, row)
  }
  return rows
}

/** For the rows' memo: equal when they would draw the same marks. */
export function sameRowAnnotations (a: RowAnnotations | undefined, b: RowAnnotations | undefined): boolean {
  if (a === b) return true
  if (!a || !b) return false
  return a.count === b.count && a.firstThreadId === b.firstThreadId && a.fields.size === b.fields.size && [...a.fields].every(f => b.fields.has(f)) &&
    a.suggestions.size === b.suggestions.size && [...a.suggestions].every(([field, one]) => {
      const other = b.suggestions.get(field)
      return other !== undefined && other.threadId === one.threadId && other.text === one.text && other.quote === one.quote
    })
}
