import * as Y from 'yjs'
import { afterEach, describe, expect, test } from 'vitest'
import { reportChildren, sectionBody } from '../shared/report/reportDoc'
import { Role } from '../shared/roles'
import { docxPart } from '../server/export/testing/docxParts'
import { pdfPages, squeeze } from '../server/export/testing/pdfText'
import { startTestServer, type TestServer } from './helpers/testServer'
import { closeAllDocs, connectDoc } from './helpers/yClient'

let ts: TestServer | undefined
afterEach(async () => {
  closeAllDocs()
  await ts?.stop()
  ts = undefined
})

const typed = '<script>alert(1)</script> и <img src=x onerror=alert(2)>'

async function download (cookie: string, url: string): Promise<Buffer> {
  const response = await fetch(url, { headers: { cookie } })
  expect(response.status).toBe(200)
  return Buffer.from(await response.arrayBuffer())
}

/**
 * An editor with a modified client writes what the editor UI never would: a
 * javascript: link, an event-handler attribute, a <script> element. The
 * exports carry none of it as active content; text typed as text stays text.
 */
describe('rich text is sanitised on the way out (issue 14, web security)', () => {
  test('javascript: links, event handlers and script elements do not reach DOCX or PDF; typed «<script>» stays as text', async () => {
    ts = await startTestServer()
    const board = await ts.createBoard()
    const editor = await ts.user('editor')
    await ts.setRole(board.id, 'editor', Role.editor)
    const conn = connectDoc(ts.server.url, board.documents.report, editor.cookie)
    await conn.whenSynced()
    const body = sectionBody(reportChildren(conn.doc, null)[0][1])!
    conn.doc.transact(() => {
      const paragraph = new Y.XmlElement('paragraph')
      paragraph.setAttribute('onclick', 'alert(4)')
      const text = new Y.XmlText()
      text.insert(0, typed + ' ')
      text.insert(text.length, 'ссылка', { link: { href: 'javascript:alert(3)' } })
      text.insert(text.length, ' и ', {})
      text.insert(text.length, 'сайт', { link: { href: 'https://imc.example/' } })
      paragraph.insert(0, [text])
      const script = new Y.XmlElement('script')
      script.insert(0, [new Y.XmlText('alert(5)')])
      body.insert(0, [paragraph, script])
    })
    await conn.whenSaved()

    const base = `${ts.server.url}/api/boards/${board.id}/export`
    const docx = await download(editor.cookie, `${base}?format=docx&what=report`)
    const xml = await docxPart(docx, 'word/document.xml')
    const rels = await docxPart(docx, 'word/_rels/document.xml.rels')
    for (const part of [xml, rels]) {
      expect(part).not.toContain('javascript:')
      expect(part).not.toContain('onclick')
      expect(part).not.toContain('<script')
    }
    expect(rels).toContain('https://imc.example/')
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; и &lt;img src=x onerror=alert(2)&gt;')

    const pdf = await download(editor.cookie, `${base}?format=pdf&what=report`)
    expect(pdf.toString('latin1')).not.toContain('javascript:')
    expect(pdf.toString('latin1')).toContain('https://imc.example/')
    // Whitespace ignored: the line may wrap inside the typed text.
    const text = squeeze((await pdfPages(pdf)).map(page => page.text).join('\n'))
    expect(text).toContain(squeeze(typed))
  }, 60_000)
})
