/**
 * What an OpenDocument text can hold, as plain data: the plan and the report
 * writers build this, and odtPackage turns it into a .odt file. Kept generic
 * (paragraphs, headings, lists, tables with spans, footnotes, page setup) so
 * every document of the product uses the one writer.
 */

/** A run of text; a footnote is a real `text:note` at that place; page fields are for footers. */
export type OdtInline =
  | string
  | { text: string; bold?: boolean; italic?: boolean }
  | { footnote: string }
  | { field: 'page-number' | 'page-count' }
  | { tab: true }

export type OdtAlign = 'left' | 'center' | 'right' | 'justify'

export interface OdtParagraph {
  kind: 'paragraph'
  content: OdtInline[]
  align?: OdtAlign
  bold?: boolean
  /** Points; the document's default when absent. */
  size?: number
  /** Left indent in centimetres. */
  indentCm?: number
  /** Space below in centimetres. */
  spaceAfterCm?: number
  keepWithNext?: boolean
  /** Starts a new page before this paragraph. */
  pageBreakBefore?: boolean
}

export interface OdtHeading {
  kind: 'heading'
  /** 1–6: the outline level, as the navigator and a table of contents read it. */
  level: number
  content: OdtInline[]
  pageBreakBefore?: boolean
}

export interface OdtList {
  kind: 'list'
  ordered?: boolean
  items: OdtInline[][]
}

export interface OdtCell {
  blocks: OdtBlock[]
  colSpan?: number
  rowSpan?: number
  /** "#RRGGBB". */
  fill?: string
  verticalAlign?: 'top' | 'middle' | 'bottom'
  /** A thin black frame unless false (false: layout tables such as the approval block). */
  border?: boolean
}

/**
 * A table row lists only the cells that start in it, as in HTML: places
 * covered by a span from the left or from above are filled in by the writer.
 */
export interface OdtRow {
  cells: OdtCell[]
  /** The row may not break across pages. */
  keepTogether?: boolean
}

export interface OdtTable {
  kind: 'table'
  /** Relative widths of the columns; the writer scales them to the text width. */
  columns: number[]
  /** Rows repeated at the top of every page the table continues on. */
  headerRows?: OdtRow[]
  rows: OdtRow[]
}

export type OdtBlock = OdtParagraph | OdtHeading | OdtList | OdtTable

export interface OdtPage {
  orientation: 'portrait' | 'landscape'
  /** Centimetres. */
  margins: { top: number; bottom: number; left: number; right: number }
  /** One footer paragraph (page numbers, a stamp). */
  footer?: OdtInline[]
}

export interface OdtDocument {
  title: string
  language: string
  country: string
  font: string
  /** Points. */
  fontSize: number
  page: OdtPage
  body: OdtBlock[]
}
