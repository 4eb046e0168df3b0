/** XML text helpers for the ODT writer. */

export function escapeXml (text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/**
 * Text as ODF wants it: runs of spaces as `text:s`, tabs as `text:tab`, line
 * breaks as `text:line-break` (a plain run of spaces would collapse to one, so
 * typed alignment would be lost). Characters XML forbids are dropped: they
 * cannot be stored in any XML document and Word never writes them either.
 */
export function odtText (text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  let out = ''
  const parts = clean.split(/(\n| {2,}|\t)/)
  for (const part of parts) {
    if (part === '\n') out += '<text:line-break/>'
    else if (part === '\t') out += '<text:tab/>'
    else if (/^ {2,}$/.test(part)) out += ` <text:s text:c="${part.length - 1}"/>`
    else out += escapeXml(part)
  }
  return out
}

export const odfNamespaces = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"',
].join(' ')
