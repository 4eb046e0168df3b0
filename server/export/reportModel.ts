/**
 * The renderer-neutral shape of the exported report: inline runs, blocks and
 * table rows that the DOCX and PDF writers both draw, and the report's own
 * Russian wording.
 */

/** Every Russian word the report exports print (the plan's live in exportText.ts). */
export const reportText = {
  /** The title page's title, as lines: «Аналитический отчёт о деятельности» / «за 2023–2024 учебный год». */
  titleLines: (yearLabel: string) => ['Аналитический отчёт о деятельности', `за ${yearLabel} учебный год`],
  contents: 'Содержание',
  table: (index: number, title: string) => `Таблица ${index} — ${title}`,
  figure: (index: number, title: string) => `Рисунок ${index} — ${title}`,
  untitled: 'Без названия',
  orphans: 'Разделы вне структуры отчёта',
  missingTable: 'Таблица не найдена в документе отчёта.',
  unknownBlock: (kind: string) => `Неизвестный вид автоматического блока: «${kind}».`,
  failedBlock: 'Не удалось рассчитать автоматический блок.',
  noRows: 'Нет данных.',
  /** Alt text of a chart for screen readers. */
  chartAlt: (title: string) => `График динамики: ${title}`,
} as const

export interface InlineRun {
  text: string
  bold?: boolean
  italic?: boolean
  underline?: boolean
  strike?: boolean
  code?: boolean
  /** Only http, https and mailto survive (safeHref in reportInline.ts). */
  href?: string
  /** A line break before the text (TipTap's hardBreak). */
  lineBreak?: boolean
  /** This run is a footnote's mark: the note's number in ReportContent.footnotes (its text is empty). */
  footnote?: number
}

export interface FootnoteText {
  number: number
  text: string
}

export interface TableCellBlock {
  blocks: ReportBlock[]
  colSpan?: number
  rowSpan?: number
}

export const TableRowKind = {
  header: 'header',
  body: 'body',
  /** A group heading row spanning the table. */
  group: 'group',
  total: 'total',
} as const
export type TableRowKind = (typeof TableRowKind)[keyof typeof TableRowKind]

export interface TableRowBlock {
  kind: TableRowKind
  /** As in HTML: a cell covered by a span from above or the left is not listed. */
  cells: TableCellBlock[]
}

/** What a column's text asks for, in characters: the renderers turn it into widths (fitColumnWidths). */
export interface ColumnWidths {
  /** Relative share of the table: about the column's average text length. */
  weights: number[]
  /** The longest word, so that «Участники» or «2.1.1» is never broken inside. */
  minChars: number[]
  /** The longest words of each column (a few: the longest in letters is not always the widest), for renderers that measure. */
  longWords?: string[][]
}

export interface ChartData {
  title: string
  points: Array<{ label: string; value: number }>
}

export type ReportBlock =
  /** A section of the outline: in the table of contents, numbered as on the board. */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; anchor: string }
  /**
   * A heading written inside a section's text (TipTap levels 3–4): a Word
   * heading one level below its section's (so it is in the navigation pane
   * and the contents), `level` 2–6.
   */
  | { kind: 'subheading'; level: number; runs: InlineRun[] }
  | { kind: 'paragraph'; runs: InlineRun[] }
  | { kind: 'code'; text: string }
  | { kind: 'list'; ordered: boolean; start: number; items: ReportBlock[][] }
  | { kind: 'quote'; blocks: ReportBlock[] }
  | { kind: 'rule' }
  | { kind: 'caption'; text: string }
  | { kind: 'table'; columns: number; widths: ColumnWidths; align: Array<'left' | 'center'>; rows: TableRowBlock[] }
  /** Notes under a generated table («Доля ОУ с инновационным статусом: …»). */
  | { kind: 'note'; text: string }
  /** What stands in for a table that has nothing to show, or could not be made. */
  | { kind: 'notice'; text: string }
  | { kind: 'chart'; chart: ChartData; caption: string }
  /** The notes of the footnotes marked in a section, printed at its end where the format has no footnotes (PDF). */
  | { kind: 'footnotes'; notes: FootnoteText[] }

export interface ReportContent {
  titleLines: string[]
  district: string
  stamp: string
  blocks: ReportBlock[]
  /** Every footnote of the report, numbered through it as Word numbers them. */
  footnotes: FootnoteText[]
}
