/**
 * A plain view of the report document: the section tree with derived numbers
 * («3», «3.2»), titles, bodies as ProseMirror-style JSON, and the typed
 * tables. The exports (DOCX, PDF) and the server read this, never Yjs types.
 *
 * Bodies are read the way TipTap's Yjs binding (y-prosemirror) stores them: a
 * Y.XmlElement is a node (its attributes are the node's attrs), a Y.XmlText
 * holds text runs whose formatting attributes are the marks. Overlapping marks
 * are stored under a hashed name («comment--AbCd1234»); the hash is dropped.
 */
import * as Y from 'yjs'
import { reportChildren, reportSections, reportTables, reportTitleText, sectionBody, sectionTitle, type RecordMap } from './reportDoc'
import { isTypedTableKind, typedTableDefinitions, type TypedTableKind } from './typedTableKinds'

export interface ReportMark {
  type: string
  attrs?: Record<string, unknown>
}

export interface ReportTextNode {
  type: 'text'
  text: string
  marks?: ReportMark[]
}

export interface ReportElementNode {
  /** The ProseMirror node name: «paragraph», «heading», «generatedBlock», «typedTable» … */
  type: string
  attrs: Record<string, unknown>
  content: ReportNodeJson[]
}

export type ReportNodeJson = ReportElementNode | ReportTextNode

export interface ReportSectionSnapshot {
  id: string
  /** Derived from the tree: «3», «3.2». Orphans have none. */
  number: string
  title: string
  body: ReportNodeJson[]
  children: ReportSectionSnapshot[]
}

export interface TypedTableSnapshot {
  id: string
  kind: TypedTableKind
  /** One record per row: every column of the kind, as typed. */
  rows: Array<Record<string, string>>
}

export interface ReportSnapshot {
  /** The report's own title (lines separated by \n), e.g. brought from Word; empty or absent: the generic title. */
  title?: string
  sections: ReportSectionSnapshot[]
  /**
   * Sections no path from the top reaches (created under a section someone
   * deleted at the same moment, or moved under each other concurrently). Kept
   * visible, as the plan does with its orphans.
   */
  orphans: ReportSectionSnapshot[]
  /** By id, as a `typedTable` node refers to them. Tables of a kind this version does not know are left out. */
  tables: Record<string, TypedTableSnapshot>
}

export function readReport (doc: Y.Doc): ReportSnapshot {
  const reached = new Set<string>()
  const build = (id: string, section: RecordMap, number: string): ReportSectionSnapshot => {
    reached.add(id)
    const children = reportChildren(doc, id).map(([childId, child], index) => build(childId, child, `${number}.${index + 1}`))
    return toSection(id, section, number, children)
  }
  const sections = reportChildren(doc, null).map(([id, section], index) => build(id, section, String(index + 1)))
  const orphans: ReportSectionSnapshot[] = []
  reportSections(doc).forEach((section, id) => {
    if (!reached.has(id)) orphans.push(toSection(id, section, '', []))
  })
  orphans.sort((a, b) => a.id < b.id ? -1 : 1)
  return { title: reportTitleText(doc).toString(), sections, orphans, tables: readTables(doc) }
}

function toSection (id: string, section: RecordMap, number: string, children: ReportSectionSnapshot[]): ReportSectionSnapshot {
  const body = sectionBody(section)
  return {
    id,
    number,
    title: sectionTitle(section)?.toString() ?? '',
    body: body ? readChildren(body) : [],
    children,
  }
}

/** The children of a fragment or an element as JSON nodes. */
function readChildren (parent: Y.XmlFragment | Y.XmlElement): ReportNodeJson[] {
  const nodes: ReportNodeJson[] = []
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlElement) nodes.push(readElement(child))
    else if (child instanceof Y.XmlText) nodes.push(...readText(child))
  }
  return nodes
}

function readElement (element: Y.XmlElement): ReportElementNode {
  const attrs: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(element.getAttributes())) {
    if (value !== undefined) attrs[key] = value
  }
  return { type: element.nodeName, attrs, content: readChildren(element) }
}

const hashedMarkName = /(.*)(--[a-zA-Z0-9+/=]{8})$/

function readText (text: Y.XmlText): ReportNodeJson[] {
  const runs: ReportNodeJson[] = []
  const delta = text.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>
  for (const op of delta) {
    if (op.insert instanceof Y.XmlElement) {
      runs.push(readElement(op.insert))
      continue
    }
    if (typeof op.insert !== 'string' || op.insert === '') continue
    const marks = readMarks(op.attributes)
    runs.push(marks.length > 0 ? { type: 'text', text: op.insert, marks } : { type: 'text', text: op.insert })
  }
  return runs
}

function readMarks (attributes: Record<string, unknown> | undefined): ReportMark[] {
  const marks: ReportMark[] = []
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue
    const type = hashedMarkName.exec(name)?.[1] ?? name
    const attrs = typeof value === 'object' && Object.keys(value).length > 0 ? { ...value as Record<string, unknown> } : undefined
    marks.push(attrs ? { type, attrs } : { type })
  }
  return marks
}

function readTables (doc: Y.Doc): Record<string, TypedTableSnapshot> {
  const tables: Record<string, TypedTableSnapshot> = {}
  reportTables(doc).forEach((table, id) => {
    const kind = table.get('kind')
    const rows = table.get('rows')
    if (!isTypedTableKind(kind)) return
    const columns = typedTableDefinitions[kind].columns
    const list = rows instanceof Y.Array ? rows.toArray().filter((row): row is RecordMap => row instanceof Y.Map) : []
    tables[id] = {
      id,
      kind,
      rows: list.map(row => Object.fromEntries(columns.map(column => [column.key, cellText(row.get(column.key))]))),
    }
  })
  return tables
}

const cellText = (value: unknown): string => value instanceof Y.Text ? value.toString() : typeof value === 'string' ? value : ''
