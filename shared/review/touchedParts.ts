/**
 * Which parts of a document one transaction changed, as stable names:
 * `<root>/<key>` for a record of a root map (`planNodes/<item id>`,
 * `reportSections/<section id>`), `<root>` for a root text or fragment
 * (`planTitle`). Authorship keeps these per person per minute, so a
 * comparison of two versions can say who changed each item and section —
 * versions themselves keep states, not per-letter authors.
 *
 * Layout-free on purpose: it walks Yjs parents, so a root the server has
 * never typed (loaded, never read through getMap) is named all the same.
 */
import type * as Y from 'yjs'

export function touchedParts (transaction: Y.Transaction): string[] {
  const doc = transaction.doc
  const parts = new Set<string>()
  const rootName = (type: unknown): string | null => rootNamesOf(doc).get(type) ?? null
  for (const [type, keys] of transaction.changed) {
    if (type._item === null) {
      // A root itself: a map's changed keys are its records added, replaced or removed.
      const name = rootName(type)
      if (name === null) continue
      const named = [...keys].filter((key): key is string => key !== null)
      if (named.length === 0) parts.add(name)
      for (const key of named) parts.add(`${name}/${key}`)
      continue
    }
    // Something inside a root: climb to the ancestor that sits directly in the root.
    let item: Y.Item = type._item
    for (let parent = item.parent as Y.AbstractType<unknown>; parent._item; parent = item.parent as Y.AbstractType<unknown>) item = parent._item
    const name = rootName(item.parent)
    if (name === null) continue
    parts.add(item.parentSub === null ? name : `${name}/${item.parentSub}`)
  }
  return [...parts].sort()
}

/**
 * Each root type's name, kept per document: made again for every transaction,
 * this map was a large share of what the server allocates per edit. Roots are
 * only ever added to `doc.share`, so its size tells when to make it again.
 */
const rootNamesByDoc = new WeakMap<Y.Doc, { size: number; names: Map<unknown, string> }>()

function rootNamesOf (doc: Y.Doc): Map<unknown, string> {
  let known = rootNamesByDoc.get(doc)
  if (!known || known.size !== doc.share.size) {
    known = { size: doc.share.size, names: new Map([...doc.share].map(([name, root]) => [root, name])) }
    rootNamesByDoc.set(doc, known)
  }
  return known.names
}
