/**
 * styles.xml of an ODT: the default font and language, the named paragraph
 * styles (headings with outline levels, table contents, footnotes), bullet and
 * number lists, and the page layout with its footer.
 */
import type { OdtDocument, OdtInline } from './odtModel'
import { escapeXml, odfNamespaces, odtText } from './odtXml'

/** A4 in centimetres. */
const a4 = { short: 21, long: 29.7 }

function pageSize (doc: OdtDocument): { width: number; height: number } {
  return doc.page.orientation === 'landscape' ? { width: a4.long, height: a4.short } : { width: a4.short, height: a4.long }
}

export function textWidthCm (doc: OdtDocument): number {
  return pageSize(doc).width - doc.page.margins.left - doc.page.margins.right
}

function footerInline (items: readonly OdtInline[]): string {
  return items.map((item) => {
    if (typeof item === 'string') return odtText(item)
    if ('field' in item) return item.field === 'page-number' ? '<text:page-number text:select-page="current">1</text:page-number>' : '<text:page-count>1</text:page-count>'
    if ('tab' in item) return '<text:tab/>'
    if ('text' in item) return odtText(item.text)
    return ''
  }).join('')
}

const headingSizes = [16, 14, 13, 12, 12, 12]

export function stylesXml (doc: OdtDocument): string {
  const { width, height } = pageSize(doc)
  const m = doc.page.margins
  const font = escapeXml(doc.font)
  const lang = `fo:language="${doc.language}" fo:country="${doc.country}"`
  const headings = headingSizes.map((size, i) => `<style:style style:name="Heading_20_${i + 1}" style:display-name="Heading ${i + 1}" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:default-outline-level="${i + 1}" style:class="text"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="${size}pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>`).join('')
  const bullets = Array.from({ length: 3 }, (_, i) => `<text:list-level-style-bullet text:level="${i + 1}" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.4cm" fo:margin-left="${0.5 + i * 0.5}cm"/></style:list-level-properties></text:list-level-style-bullet>`).join('')
  const numbers = Array.from({ length: 3 }, (_, i) => `<text:list-level-style-number text:level="${i + 1}" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.5cm" fo:margin-left="${0.6 + i * 0.6}cm"/></style:list-level-properties></text:list-level-style-number>`).join('')
  const footer = doc.page.footer
    ? `<style:footer><text:p text:style-name="Footer">${footerInline(doc.page.footer)}</text:p></style:footer>`
    : ''
  const textWidth = (width - m.left - m.right).toFixed(3)
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles ${odfNamespaces} office:version="1.3"><office:font-face-decls><style:font-face style:name="${font}" svg:font-family="'${font}'" style:font-family-generic="roman"/></office:font-face-decls><office:styles><style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/><style:text-properties style:font-name="${font}" fo:font-size="${doc.fontSize}pt" ${lang} fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/></style:default-style><style:style style:name="Standard" style:family="paragraph" style:class="text"/><style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/><style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm"/><style:text-properties fo:font-size="${Math.max(8, doc.fontSize - 2)}pt"/></style:style><style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="${textWidth}cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="${Math.max(8, doc.fontSize - 1)}pt"/></style:style>${headings}<text:list-style style:name="Bullets">${bullets}</text:list-style><text:list-style style:name="Numbers">${numbers}</text:list-style><text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/></office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="${width}cm" fo:page-height="${height}cm" style:print-orientation="${doc.page.orientation}" fo:margin-top="${m.top}cm" fo:margin-bottom="${m.bottom}cm" fo:margin-left="${m.left}cm" fo:margin-right="${m.right}cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout></office:automatic-styles><office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">${footer}</style:master-page></office:master-styles></office:document-styles>`
}
