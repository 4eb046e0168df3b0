/**
 * Writes an OpenDocument text (.odt) package: the `mimetype` entry first and
 * stored uncompressed (how office suites recognise the file without parsing
 * the zip's directory), then META-INF/manifest.xml, content.xml, styles.xml
 * and meta.xml.
 */
import JSZip from 'jszip'
import { contentXml } from './odtContent'
import type { OdtDocument } from './odtModel'
import { stylesXml, textWidthCm } from './odtStyles'
import { escapeXml, odfNamespaces } from './odtXml'

export const ODT_MIME_TYPE = 'application/vnd.oasis.opendocument.text'

const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${ODT_MIME_TYPE}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>`

function metaXml (doc: OdtDocument): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta ${odfNamespaces} office:version="1.3"><office:meta><meta:generator>Планёрка</meta:generator><dc:title>${escapeXml(doc.title)}</dc:title><dc:language>${doc.language}-${doc.country}</dc:language></office:meta></office:document-meta>`
}

export async function writeOdt (doc: OdtDocument): Promise<Buffer> {
  const zip = new JSZip()
  zip.file('mimetype', ODT_MIME_TYPE, { compression: 'STORE' })
  zip.file('META-INF/manifest.xml', manifest)
  zip.file('content.xml', contentXml(doc, textWidthCm(doc)))
  zip.file('styles.xml', stylesXml(doc))
  zip.file('meta.xml', metaXml(doc))
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', mimeType: ODT_MIME_TYPE })
}
