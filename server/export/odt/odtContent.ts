/**
 * content.xml of an ODT: the body, with the automatic styles its paragraphs,
 * tables and cells need, each made once per distinct look.
 */
import type { OdtBlock, OdtCell, OdtDocument, OdtInline, OdtParagraph, OdtRow, OdtTable } from './odtModel'
import { escapeXml, odfNamespaces, odtText } from './odtXml'

/** Automatic styles by their properties, so equal looks share one style name. */
class StyleSet {
  private readonly byKey = new Map<string, string>()
  readonly xml: string[] = []

  name (prefix: string, family: string, properties: string, parent?: string): string {
    const key = `${family}|${parent ?? ''}|${properties}`
    const known = this.byKey.get(key)
    if (known) return known
    const name = `${prefix}${this.byKey.size + 1}`
    this.byKey.set(key, name)
    const parentAttr = parent ? ` style:parent-style-name="${parent}"` : ''
    this.xml.push(`<style:style style:name="${name}" style:family="${family}"${parentAttr}>${properties}</style:style>`)
    return name
  }
}

export function contentXml (doc: OdtDocument, textWidthCm: number): string {
  const styles = new StyleSet()
  let footnotes = 0
  let tables = 0

  const inline = (items: readonly OdtInline[]): string => items.map((item) => {
    if (typeof item === 'string') return odtText(item)
    if ('footnote' in item) {
      footnotes++
      const body = item.footnote.split('\n').map((line) => `<text:p text:style-name="Footnote">${odtText(line)}</text:p>`).join('')
      return `<text:note text:id="ftn${footnotes}" text:note-class="footnote"><text:note-citation>${footnotes}</text:note-citation><text:note-body>${body}</text:note-body></text:note>`
    }
    if ('field' in item) return item.field === 'page-number' ? '<text:page-number text:select-page="current">1</text:page-number>' : '<text:page-count>1</text:page-count>'
    if ('tab' in item) return '<text:tab/>'
    const text = odtText(item.text)
    if (!item.bold && !item.italic) return text
    const props = `<style:text-properties${item.bold ? ' fo:font-weight="bold" style:font-weight-asian="bold"' : ''}${item.italic ? ' fo:font-style="italic"' : ''}/>`
    return `<text:span text:style-name="${styles.name('T', 'text', props)}">${text}</text:span>`
  }).join('')

  const paragraph = (p: OdtParagraph, parent = 'Standard'): string => {
    const para: string[] = []
    if (p.align) para.push(`fo:text-align="${p.align === 'left' ? 'start' : p.align === 'right' ? 'end' : p.align}"`)
    if (p.indentCm) para.push(`fo:margin-left="${p.indentCm}cm"`)
    if (p.spaceAfterCm !== undefined) para.push(`fo:margin-bottom="${p.spaceAfterCm}cm"`)
    if (p.keepWithNext) para.push('fo:keep-with-next="always"')
    if (p.pageBreakBefore) para.push('fo:break-before="page"')
    const text: string[] = []
    if (p.bold) text.push('fo:font-weight="bold" style:font-weight-asian="bold"')
    if (p.size) text.push(`fo:font-size="${p.size}pt"`)
    const props = (para.length ? `<style:paragraph-properties ${para.join(' ')}/>` : '') + (text.length ? `<style:text-properties ${text.join(' ')}/>` : '')
    const name = props === '' ? parent : styles.name('P', 'paragraph', props, parent)
    return `<text:p text:style-name="${name}">${inline(p.content)}</text:p>`
  }

  const cellXml = (cell: OdtCell, tableName: string): string => {
    const props = [
      cell.border === false ? 'fo:border="none"' : 'fo:border="0.5pt solid #000000"', 'fo:padding="0.1cm"',
      cell.fill ? `fo:background-color="${cell.fill}"` : '',
      `style:vertical-align="${cell.verticalAlign ?? 'top'}"`,
    ].filter(Boolean).join(' ')
    const style = styles.name(`${tableName}.C`, 'table-cell', `<style:table-cell-properties ${props}/>`)
    const spans = (cell.colSpan && cell.colSpan > 1 ? ` table:number-columns-spanned="${cell.colSpan}"` : '') +
      (cell.rowSpan && cell.rowSpan > 1 ? ` table:number-rows-spanned="${cell.rowSpan}"` : '')
    const content = cell.blocks.length === 0 ? '<text:p text:style-name="Table_20_Contents"/>' : cell.blocks.map((b) => block(b, 'Table_20_Contents')).join('')
    return `<table:table-cell table:style-name="${style}" office:value-type="string"${spans}>${content}</table:table-cell>`
  }

  /** Rows with covered cells written where spans from the left or from above reach. */
  const rowsXml = (rows: readonly OdtRow[], width: number, tableName: string): string => {
    const coveredBelow: number[] = new Array(width).fill(0) // rows still covered per column
    return rows.map((row) => {
      const out: string[] = []
      let column = 0
      const cells = [...row.cells]
      const rowStyle = row.keepTogether ? styles.name(`${tableName}.R`, 'table-row', '<style:table-row-properties fo:keep-together="always"/>') : undefined
      const coverNext = (): void => {
        while (column < width && coveredBelow[column] > 0) {
          coveredBelow[column]--
          out.push('<table:covered-table-cell/>')
          column++
        }
      }
      coverNext()
      while (cells.length > 0 && column < width) {
        const cell = cells.shift()!
        const span = Math.max(1, Math.min(cell.colSpan ?? 1, width - column))
        out.push(cellXml({ ...cell, colSpan: span }, tableName))
        for (let c = column; c < column + span; c++) {
          if (c > column) out.push('<table:covered-table-cell/>')
          coveredBelow[c] = Math.max(0, (cell.rowSpan ?? 1) - 1)
        }
        column += span
        coverNext()
      }
      // A row with fewer cells than the table keeps the grid whole.
      while (column < width) { out.push(cellXml({ blocks: [] }, tableName)); column++; coverNext() }
      return `<table:table-row${rowStyle ? ` table:style-name="${rowStyle}"` : ''}>${out.join('')}</table:table-row>`
    }).join('')
  }

  const tableXml = (table: OdtTable): string => {
    tables++
    const name = `Table${tables}`
    const total = table.columns.reduce((sum, w) => sum + w, 0) || 1
    styles.xml.push(`<style:style style:name="${name}" style:family="table"><style:table-properties style:width="${textWidthCm.toFixed(3)}cm" table:align="margins"/></style:style>`)
    const columns = table.columns.map((w, i) => {
      const col = `${name}.Col${i + 1}`
      styles.xml.push(`<style:style style:name="${col}" style:family="table-column"><style:table-column-properties style:column-width="${(textWidthCm * w / total).toFixed(3)}cm"/></style:style>`)
      return `<table:table-column table:style-name="${col}"/>`
    }).join('')
    const width = table.columns.length
    const header = table.headerRows && table.headerRows.length > 0 ? `<table:table-header-rows>${rowsXml(table.headerRows, width, name)}</table:table-header-rows>` : ''
    return `<table:table table:name="${name}" table:style-name="${name}">${columns}${header}${rowsXml(table.rows, width, name)}</table:table>`
  }

  const block = (b: OdtBlock, parent = 'Standard'): string => {
    switch (b.kind) {
      case 'paragraph': return paragraph(b, parent)
      case 'heading': {
        const level = Math.max(1, Math.min(6, Math.round(b.level)))
        const style = b.pageBreakBefore ? styles.name('H', 'paragraph', '<style:paragraph-properties fo:break-before="page"/>', `Heading_20_${level}`) : `Heading_20_${level}`
        return `<text:h text:style-name="${style}" text:outline-level="${level}">${inline(b.content)}</text:h>`
      }
      case 'list': {
        const items = b.items.map((item) => `<text:list-item><text:p text:style-name="${parent}">${inline(item)}</text:p></text:list-item>`).join('')
        return `<text:list text:style-name="${b.ordered ? 'Numbers' : 'Bullets'}">${items}</text:list>`
      }
      case 'table': return tableXml(b)
    }
  }

  const body = doc.body.map((b) => block(b)).join('')
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${odfNamespaces} office:version="1.3"><office:font-face-decls><style:font-face style:name="${escapeXml(doc.font)}" svg:font-family="'${escapeXml(doc.font)}'" style:font-family-generic="roman"/></office:font-face-decls><office:automatic-styles>${styles.xml.join('')}</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`
}
