/**
 * Brings a live document back to an earlier state as a NEW change on top of
 * the current one: history is never rewritten, everyone connected receives
 * the restore as an ordinary edit, and restoring the version taken just
 * before undoes it. Texts get the minimal edit; nested records are matched by
 * key so ids (which annotations and versions refer to) survive.
 */
import * as Y from 'yjs'
import type { RootKind } from './docLayouts'

export function restoreDoc (current: Y.Doc, old: Y.Doc, layout: ReadonlyArray<{ key: string; kind: RootKind }>, origin: unknown = 'restore'): void {
  current.transact(() => {
    for (const { key, kind } of layout) {
      if (kind === 'map') restoreMap(current.getMap(key), old.getMap(key))
      else if (kind === 'text') restoreText(current.getText(key), old.getText(key))
      else restoreXml(current.getXmlFragment(key), old.getXmlFragment(key))
    }
  }, origin)
}

function restoreMap (target: Y.Map<unknown>, source: Y.Map<unknown>): void {
  for (const key of [...target.keys()]) if (!source.has(key)) target.delete(key)
  source.forEach((value, key) => {
    const existing = target.get(key)
    if (value instanceof Y.Map && existing instanceof Y.Map) restoreMap(existing, value)
    else if (value instanceof Y.Text && existing instanceof Y.Text && !(value instanceof Y.XmlText)) restoreText(existing, value)
    else if (value instanceof Y.XmlFragment && existing instanceof Y.XmlFragment) restoreXml(existing, value)
    else if (value instanceof Y.Array && existing instanceof Y.Array) restoreArray(existing, value)
    else if (value instanceof Y.AbstractType) target.set(key, value.clone())
    else if (!sameValue(existing, value)) target.set(key, value)
  })
}

function restoreText (target: Y.Text, source: Y.Text): void {
  const before = target.toString()
  const after = source.toString()
  if (before === after) return
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start++
  let endBefore = before.length
  let endAfter = after.length
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--
    endAfter--
  }
  if (endBefore > start) target.delete(start, endBefore - start)
  if (endAfter > start) target.insert(start, after.slice(start, endAfter))
}

/** Rich text: when it differs, its blocks are replaced by copies of the old ones. */
function restoreXml (target: Y.XmlFragment, source: Y.XmlFragment): void {
  if (target.toString() === source.toString()) return
  if (target.length > 0) target.delete(0, target.length)
  target.insert(0, source.toArray().map(node => node.clone() as Y.XmlElement | Y.XmlText))
}

function restoreArray (target: Y.Array<unknown>, source: Y.Array<unknown>): void {
  if (JSON.stringify(target.toJSON()) === JSON.stringify(source.toJSON())) return
  if (target.length > 0) target.delete(0, target.length)
  target.insert(0, source.toArray().map(item => item instanceof Y.AbstractType ? item.clone() : item))
}

function sameValue (a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}
