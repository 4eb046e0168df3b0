/**
 * The report's Yjs layout (the board's report document).
 *
 * - `reportSections`: Y.Map of sections keyed by stable id, each with
 *   `parentId` (sub-sections: 3.1, 3.2 …), a fractional `order`, a `title`
 *   Y.Text and a `body` Y.XmlFragment edited with TipTap. One fragment per
 *   section lets people write in different sections without touching one big
 *   tree, and lets the outline show who is where. Moving a section changes
 *   `parentId`/`order` only (Yjs has no move).
 * - `reportTables`: Y.Map of typed tables keyed by id: `kind` and `rows`, a
 *   Y.Array of Y.Maps holding one Y.Text per column. A body refers to a table
 *   by a `typedTable` node with the table's id.
 * - Generated blocks are `generatedBlock` nodes inside a body with attributes
 *   `kind` and `params` (JSON); their content is never stored.
 */
import * as Y from 'yjs'
import { generateKeyBetween } from 'fractional-indexing'
import { typedTableDefinitions, type TypedTableKind } from './typedTableKinds'

export const ReportKey = {
  sections: 'reportSections',
  tables: 'reportTables',
  /** The report's own title for its title page (lines separated by \n); empty means the generic one. */
  title: 'reportTitle',
} as const

/** ProseMirror node names used in section bodies (TipTap extensions must use the same). */
export const ReportNode = {
  generatedBlock: 'generatedBlock',
  typedTable: 'typedTable',
  /** An inline footnote: the mark in the text, its note text in the `text` attribute. */
  footnote: 'footnote',
  /** A caption paragraph above a table or a figure («Таблица 3 — …»). */
  caption: 'caption',
} as const

export type RecordMap = Y.Map<unknown>

export function reportSections (doc: Y.Doc): Y.Map<RecordMap> {
  return doc.getMap<RecordMap>(ReportKey.sections)
}

export function reportTables (doc: Y.Doc): Y.Map<RecordMap> {
  return doc.getMap<RecordMap>(ReportKey.tables)
}

export function reportTitleText (doc: Y.Doc): Y.Text {
  return doc.getText(ReportKey.title)
}

function randomId (prefix: string): string {
  const bytes = new Uint8Array(8)
  globalThis.crypto.getRandomValues(bytes)
  return prefix + Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('')
}

const orderOf = (section: RecordMap): string => typeof section.get('order') === 'string' ? section.get('order') as string : ''
const parentOf = (section: RecordMap): string | null => typeof section.get('parentId') === 'string' ? section.get('parentId') as string : null

/** Sections under `parentId` in order (ties by id, so every client agrees). */
export function reportChildren (doc: Y.Doc, parentId: string | null): Array<[string, RecordMap]> {
  const list: Array<[string, RecordMap]> = []
  reportSections(doc).forEach((section, id) => { if (parentOf(section) === parentId) list.push([id, section]) })
  return list.sort(([idA, a], [idB, b]) => orderOf(a) < orderOf(b) ? -1 : orderOf(a) > orderOf(b) ? 1 : idA < idB ? -1 : idA > idB ? 1 : 0)
}

function orderAt (doc: Y.Doc, parentId: string | null, index: number, movingId?: string): string {
  const siblings = reportChildren(doc, parentId).filter(([id]) => id !== movingId)
  const at = Math.max(0, Math.min(index, siblings.length))
  const before = at > 0 ? orderOf(siblings[at - 1][1]) : null
  const after = at < siblings.length ? orderOf(siblings[at][1]) : null
  if (before !== null && after !== null && before >= after) return generateKeyBetween(before, null)
  return generateKeyBetween(before, after)
}

export function sectionTitle (section: RecordMap): Y.Text | null {
  const title = section.get('title')
  return title instanceof Y.Text ? title : null
}

export function sectionBody (section: RecordMap): Y.XmlFragment | null {
  const body = section.get('body')
  return body instanceof Y.XmlFragment ? body : null
}

/** A section with its title and (empty) body created together by one writer. */
export function createReportSection (doc: Y.Doc, spec: { title: string; parentId?: string | null; index?: number; id?: string }): string {
  const id = spec.id ?? randomId('r')
  const parentId = spec.parentId ?? null
  doc.transact(() => {
    const section = new Y.Map<unknown>()
    section.set('parentId', parentId)
    section.set('order', orderAt(doc, parentId, spec.index ?? reportChildren(doc, parentId).length))
    section.set('title', new Y.Text(spec.title))
    section.set('body', new Y.XmlFragment())
    reportSections(doc).set(id, section)
  })
  return id
}

export function moveReportSection (doc: Y.Doc, id: string, parentId: string | null, index: number): boolean {
  const section = reportSections(doc).get(id)
  if (!section || id === parentId) return false
  // No move under one's own sub-section (a cycle would hide both from the outline).
  for (let p = parentId, guard = 0; p && guard < 1000; guard++) {
    if (p === id) return false
    const parent = reportSections(doc).get(p)
    p = parent ? parentOf(parent) : null
  }
  doc.transact(() => {
    if (parentOf(section) !== parentId) section.set('parentId', parentId)
    section.set('order', orderAt(doc, parentId, index, id))
  })
  return true
}

/** Removes a section and its sub-sections (typed tables they used stay, unreferenced, in the document). */
export function deleteReportSection (doc: Y.Doc, id: string): void {
  doc.transact(() => {
    for (const [childId] of reportChildren(doc, id)) deleteReportSection(doc, childId)
    reportSections(doc).delete(id)
  })
}

/** A typed table with `rows` empty rows, each with one Y.Text per column. */
export function createTypedTable (doc: Y.Doc, kind: TypedTableKind, rows = 1, id = randomId('t')): string {
  doc.transact(() => {
    const table = new Y.Map<unknown>()
    table.set('kind', kind)
    table.set('rows', new Y.Array<RecordMap>())
    reportTables(doc).set(id, table)
    for (let i = 0; i < rows; i++) addTypedRow(doc, id)
  })
  return id
}

export function addTypedRow (doc: Y.Doc, tableId: string, index?: number, values: Record<string, string> = {}): void {
  const table = reportTables(doc).get(tableId)
  const rows = table?.get('rows')
  const kind = table?.get('kind') as TypedTableKind | undefined
  if (!(rows instanceof Y.Array) || !kind || !typedTableDefinitions[kind]) return
  const row = new Y.Map<unknown>()
  row.set('id', randomId('w'))
  for (const column of typedTableDefinitions[kind].columns) row.set(column.key, new Y.Text(values[column.key] ?? ''))
  rows.insert(index ?? rows.length, [row])
}
