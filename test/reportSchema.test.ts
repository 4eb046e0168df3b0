/**
 * What the server writes into a section body (writeReportNodes, used by the
 * report import) against the editor's real schema: y-prosemirror deletes a
 * node it cannot place, and writes back every non-null attribute the editor
 * has that the Yjs element lacks (so even a viewer would send an update just
 * by opening the section). The written fragment must therefore read into a
 * valid document whose non-null attributes are exactly those written.
 */
import { getSchema } from '@tiptap/core'
import { Node, type Schema } from '@tiptap/pm/model'
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap'
import { readFile } from 'node:fs/promises'
import { expect, test } from 'vitest'
import * as Y from 'yjs'
import { importReportDocx } from '../server/import/docxReport'
import type { ReportNodeJson } from '../shared/report/reportSnapshot'
import { writeReportNodes } from '../shared/report/writeReportNodes'
import { reportFixturePath } from './fixtures/report/makeReportFixture'
import { reportExtensions } from '../client/report/reportExtensions'

function editorSchema (): Schema {
  const doc = new Y.Doc()
  // The provider and user are only used by plugins, never by the schema.
  return getSchema(reportExtensions({ fragment: doc.getXmlFragment('x'), provider: {} as never, user: { name: 'x', color: '#000', login: 'x' } as never }))
}

interface JsonNode { type: string; attrs?: Record<string, unknown>; marks?: Array<{ type: string; attrs?: Record<string, unknown> }>; content?: JsonNode[] }

const nonNull = (attrs: Record<string, unknown> = {}) => Object.fromEntries(Object.entries(attrs).filter(([, value]) => value !== null && value !== undefined))

/** Differences between what Yjs holds and what the editor makes of it, as paths. */
function attributeDrift (stored: JsonNode, editor: JsonNode, path: string, out: string[]): void {
  if (stored.type !== editor.type) out.push(`${path}: ${stored.type} → ${editor.type}`)
  if (JSON.stringify(nonNull(stored.attrs)) !== JSON.stringify(nonNull(editor.attrs))) {
    out.push(`${path}/${stored.type}: ${JSON.stringify(stored.attrs)} → ${JSON.stringify(editor.attrs)}`)
  }
  for (const [index, mark] of (stored.marks ?? []).entries()) {
    const other = editor.marks?.[index]
    if (JSON.stringify(nonNull(mark.attrs)) !== JSON.stringify(nonNull(other?.attrs))) out.push(`${path}/mark ${mark.type}: ${JSON.stringify(mark.attrs)} → ${JSON.stringify(other?.attrs)}`)
  }
  const children = stored.content ?? []
  if (children.length !== (editor.content ?? []).length) out.push(`${path}/${stored.type}: ${children.length} → ${(editor.content ?? []).length} children`)
  children.forEach((child, index) => attributeDrift(child, editor.content![index], `${path}/${index}`, out))
}

test('every imported section body of the fixture report is a valid editor document that opening it would not rewrite', async () => {
  const schema = editorSchema()
  const result = await importReportDocx(await readFile(reportFixturePath))
  if (!result.ok) throw new Error(result.error)
  const bodies: ReportNodeJson[][] = []
  const visit = (sections: typeof result.report.sections) => sections.forEach((s) => { bodies.push(s.body); visit(s.children) })
  visit(result.report.sections)
  expect(bodies.length).toBe(28)
  const seen = new Set<string>()
  for (const body of bodies) {
    const fragment = new Y.Doc().getXmlFragment('body')
    writeReportNodes(fragment, body)
    const stored = yXmlFragmentToProsemirrorJSON(fragment) as JsonNode
    const node = Node.fromJSON(schema, stored)
    node.check()
    node.descendants((child) => { seen.add(child.type.name) })
    expect(node.childCount).toBe(body.length)
    const drift: string[] = []
    attributeDrift(stored, node.toJSON() as JsonNode, '', drift)
    expect(drift).toEqual([])
  }
  // The fixture has each kind the import writes.
  for (const type of ['paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'table', 'tableRow', 'tableHeader', 'tableCell', 'caption', 'footnote']) {
    expect(seen, type).toContain(type)
  }
})
