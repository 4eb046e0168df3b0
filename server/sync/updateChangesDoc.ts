import * as Y from 'yjs'

/**
 * Whether applying `update` would change `doc`. Used to tell a read-only
 * client's harmless handshake from a real write: every client answers the
 * server's sync step 1 with a step 2 holding what the server lacks, which for
 * a read-only client is no new structs and a delete set the server already
 * has. Anything else would change the document and is refused.
 */
export function updateChangesDoc (doc: Y.Doc, update: Uint8Array): boolean {
  const missing = Y.diffUpdate(update, Y.encodeStateVector(doc))
  const { structs, ds } = Y.decodeUpdate(missing)
  if (structs.some(struct => !(struct instanceof Y.Skip))) return true
  if (ds.clients.size === 0) return false
  const known = mergedRanges(Y.createDeleteSetFromStructStore(doc.store))
  for (const [client, deletions] of ds.clients) {
    const ranges = known.get(client) ?? []
    for (const { clock, len } of deletions) {
      if (!covered(ranges, clock, clock + len)) return true
    }
  }
  return false
}

type Range = { start: number; end: number }

type DeleteSet = ReturnType<typeof Y.createDeleteSet>

function mergedRanges (ds: DeleteSet): Map<number, Range[]> {
  const result = new Map<number, Range[]>()
  for (const [client, items] of ds.clients) {
    const sorted = items.map(item => ({ start: item.clock, end: item.clock + item.len })).sort((a, b) => a.start - b.start)
    const merged: Range[] = []
    for (const range of sorted) {
      const last = merged[merged.length - 1]
      if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
      else merged.push({ ...range })
    }
    result.set(client, merged)
  }
  return result
}

function covered (ranges: Range[], start: number, end: number): boolean {
  let lo = 0
  let hi = ranges.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const range = ranges[mid]
    if (range.end <= start) lo = mid + 1
    else if (range.start > start) hi = mid - 1
    else return end <= range.end
  }
  return false
}
