import * as Y from 'yjs'
import type { RecordMap } from '../../shared/registry/registryDoc'

/** The Y.Text of a record's field (every text is created with its record, so it is there unless the layout is broken). */
export function recordText (record: RecordMap | undefined, key: string): Y.Text | null {
  const value = record?.get(key)
  return value instanceof Y.Text ? value : null
}

/** The entries of a record's list (statuses, history points). */
export function recordList (record: RecordMap | undefined, key: string): Y.Array<RecordMap> | null {
  const value = record?.get(key)
  return value instanceof Y.Array ? value as Y.Array<RecordMap> : null
}

/** Removes one entry from a list by identity, wherever concurrent edits have moved it. */
export function removeEntry (list: Y.Array<RecordMap>, entry: RecordMap): void {
  const index = list.toArray().indexOf(entry)
  if (index >= 0) list.delete(index, 1)
}

const keys = new WeakMap<object, string>()
let nextKey = 0

/** A React key for a Y.Map entry that has no id of its own (list entries shift when one before them goes). */
export function entryKey (entry: object): string {
  let key = keys.get(entry)
  if (key === undefined) {
    key = `e${nextKey++}`
    keys.set(entry, key)
  }
  return key
}
