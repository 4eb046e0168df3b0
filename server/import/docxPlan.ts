/**
 * Imports a plan from a Word (.docx) file: the first table with the plan's
 * columns becomes rows of cells for importPlanRows — the same reader the
 * pasted-text import uses, so both decide sections, numbering and problems
 * alike — and the text paragraphs above the table become the title.
 *
 * mammoth reads the file (tables with their merges, Cyrillic, lists). What it
 * cannot give back is filled in here: list markers (docxBlocks), the columns
 * of vertically merged cells (tableGrid), and Word's automatic numbering of
 * the № column, which is counted (see numberRows).
 */
import mammoth from 'mammoth'
import type { ImportedPlan, ImportProblem } from '../../shared/plan/importedPlan'
import { importPlanRows } from '../../shared/plan/importPlanRows'
import { detectHeader, positionalMapping, type ColumnMapping } from '../../shared/plan/planColumns'
import { docxListStyleMap } from '../export/docxListStyles'
import { docxBlocks, docxNoteTexts, type DocxBlock, type DocxCell } from './docxBlocks'
import { importMessages } from './importMessages'
import { tableGrid, type GridCell } from './tableGrid'

export type DocxImportResult = { ok: true; plan: ImportedPlan } | { ok: false; error: string }

/** Far above any real plan (the 60-page sample is under 1 MB), well below what would strain the server. */
export const maxDocxBytes = 50 * 1024 * 1024
/** Lines above the table kept as the title: a long preamble is not a title. */
const maxTitleLines = 10

export async function importPlanDocx (buffer: Buffer): Promise<DocxImportResult> {
  const rejected = rejectByBytes(buffer)
  if (rejected !== undefined) return { ok: false, error: rejected }
  let html: string
  try {
    const result = await mammoth.convertToHtml({ buffer }, {
      // Empty paragraphs are kept: they are blank lines of a cell.
      ignoreEmptyParagraphs: false,
      styleMap: [...docxListStyleMap],
      // Images are not part of the plan; skipping them avoids base64 copies of every picture.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      // A document may link files on the machine it was written on: never read them here.
      externalFileAccess: false,
    })
    html = result.value
  } catch {
    return { ok: false, error: importMessages.unreadable }
  }
  const blocks = docxBlocks(html)
  const found = planTable(blocks)
  if (found === undefined) return { ok: false, error: importMessages.noTable }

  const grid = tableGrid(found.rows)
  const mapping = detectHeader(grid.map((row) => row.map((cell) => cell.text)))?.mapping ?? positionalMapping(grid[0]?.length ?? 0)
  const extra: ImportProblem[] = []
  const rows = numberRows(grid, mapping, extra)
  const mergedUp = mergedCells(grid, rows, mapping, extra)
  const plan = importPlanRows(rows, { mergedUp, notes: cellNotes(grid, docxNoteTexts(html)) })

  const above = found.before.map((text) => text.trim()).filter((text) => text !== '').slice(-maxTitleLines)
  const title = [...above, ...(plan.title !== undefined ? [plan.title] : [])].join('\n')
  if (title !== '') plan.title = title
  if (extra.length > 0) plan.problems = [...plan.problems, ...extra].sort((a, b) => a.line - b.line)
  return { ok: true, plan }
}

/** Formats that are not a .docx, known from the first bytes, each with its own advice. */
function rejectByBytes (buffer: Buffer): string | undefined {
  if (buffer.length === 0) return importMessages.empty
  if (buffer.length > maxDocxBytes) return importMessages.tooLarge(maxDocxBytes / 1024 / 1024)
  // An OLE compound file: Word 97–2003 (.doc), or a password-protected .docx, which Word also stores this way.
  if (buffer.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return importMessages.legacyDoc
  if (buffer.subarray(0, 5).toString('latin1') === '{\\rtf') return importMessages.rtf
  if (!buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return importMessages.notDocx
  return undefined
}

/**
 * The first table whose header names the plan's columns (or, when none has a
 * header, the first with at least four columns), the paragraphs above it,
 * and any later tables repeating the same header — a plan split into one
 * table per section or page — with the paragraphs between them as rows.
 */
function planTable (blocks: readonly DocxBlock[]): { rows: DocxCell[][]; before: string[] } | undefined {
  const texts = (rows: readonly DocxCell[][]) => rows.map((row) => row.map((cell) => cell.text))
  const tables = blocks.flatMap((block, index) => (block.kind === 'table' ? [{ index, rows: block.rows }] : []))
  const withHeader = tables.find((table) => detectHeader(texts(table.rows)) !== undefined)
  const chosen = withHeader ?? tables.find((table) => table.rows.some((row) => row.reduce((n, cell) => n + cell.colspan, 0) >= 4))
  if (chosen === undefined) return undefined
  const before = blocks.slice(0, chosen.index).flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []))

  const rows = [...chosen.rows]
  const header = withHeader === chosen ? detectHeader(texts(chosen.rows)) : undefined
  if (header === undefined) return { rows, before }
  const headerKey = JSON.stringify(texts(chosen.rows)[header.index].map((cell) => cell.trim()))
  let between: string[] = []
  for (const block of blocks.slice(chosen.index + 1)) {
    if (block.kind === 'paragraph') {
      if (block.text.trim() !== '') between.push(block.text)
      continue
    }
    const repeated = texts(block.rows).slice(0, 3).findIndex((row) => JSON.stringify(row.map((cell) => cell.trim())) === headerKey)
    if (repeated < 0) break
    rows.push(...between.map((text): DocxCell[] => [{ text, colspan: 1, rowspan: 1 }]), ...block.rows.slice(repeated + 1))
    between = []
  }
  return { rows, before }
}

/**
 * Rows of strings for importPlanRows, with numbers counted where Word
 * numbered the № column automatically: per list level, restarting after each
 * unnumbered section row, as plans restart their items in every section.
 */
function numberRows (grid: GridCell[][], mapping: ColumnMapping, problems: ImportProblem[]): string[][] {
  const numberColumn = mapping.number
  let counters: number[] = []
  let reported = false
  // Sections numbered by Word too («4.» on a row with its title): every level is counted, and an
  // unnumbered full-width row is a sub-heading that must not restart the items' numbers.
  const sectionsNumbered = numberColumn !== undefined && grid.some((row) => row[numberColumn]?.autoNumberedTextLevel !== undefined)
  return grid.map((row, index) => {
    const cells = row.map((cell) => cell.text)
    if (numberColumn === undefined) return cells
    const textLevel = row[numberColumn]?.autoNumberedTextLevel
    const level = row[numberColumn]?.autoNumberLevel ?? textLevel
    if (level === undefined) {
      const filled = row.flatMap((cell, column) => (cell.text.trim() !== '' && !cell.spanned ? [column] : []))
      // A section row has its text in the № cell (merged across, or «1.» beside its title);
      // a row continuing an item over a page break has an empty № cell and does not restart.
      const sectionLike = filled.includes(numberColumn) && filled.every((column) => column <= 1)
      if (sectionLike && !sectionsNumbered) counters = []
      return cells
    }
    counters = counters.slice(0, level + 1)
    while (counters.length <= level) counters.push(0)
    counters[level]++
    // Levels above that never counted (items at level 1 under unnumbered section rows) are left out.
    const first = sectionsNumbered ? 0 : counters.findIndex((n) => n > 0)
    const number = counters.slice(first).join('.')
    // A numbered row with its own text is a section row: «4. Информационная поддержка».
    cells[numberColumn] = textLevel !== undefined ? `${number}. ${cells[numberColumn]}` : number
    if (!reported) {
      reported = true
      problems.push({ line: index + 1, message: importMessages.autoNumbered, text: cells.join('\t') })
    }
    return cells
  })
}

/**
 * A cell merged down over several rows (one expected result for 19
 * sub-items) stays one cell: its text is kept once, in the first row, and
 * each row below is marked "merged with the cell above", so the board shows
 * and exports it merged again. In the № and title columns a merge carries no
 * shared value (it would join separate events) and is dropped. Each merge is
 * listed in the import notes.
 */
function mergedCells (grid: GridCell[][], rows: string[][], mapping: ColumnMapping, problems: ImportProblem[]): Array<Set<number> | undefined> {
  const keepOnce = new Set([mapping.number, mapping.title])
  const merged: Array<Set<number> | undefined> = grid.map(() => undefined)
  const spans = new Map<string, { text: string; from: number; to: number; line: string }>()
  grid.forEach((row, r) => row.forEach((cell, c) => {
    if (cell.mergedFrom === undefined) return
    rows[r][c] = ''
    if (keepOnce.has(c) || cell.text.trim() === '') return
    ;(merged[r] ??= new Set()).add(c)
    const key = `${cell.mergedFrom.row}:${cell.mergedFrom.column}`
    const span = spans.get(key) ?? { text: cell.text, from: cell.mergedFrom.row + 1, to: r + 1, line: rows[cell.mergedFrom.row].join('\t') }
    span.to = r + 1
    spans.set(key, span)
  }))
  for (const span of spans.values()) {
    problems.push({ line: span.from, message: importMessages.mergedDown(span.text, span.from, span.to), text: span.line })
  }
  return merged
}

/** Footnotes per row and column, with their texts; a reference to a note the file lacks keeps an empty text. */
function cellNotes (grid: GridCell[][], texts: ReadonlyMap<string, string>): Array<Map<number, Array<{ label: string; text: string }>> | undefined> {
  return grid.map((row) => {
    const byColumn = new Map<number, Array<{ label: string; text: string }>>()
    row.forEach((cell, column) => {
      if (cell.mergedFrom !== undefined || !cell.notes) return
      byColumn.set(column, cell.notes.map((note) => ({ label: note.label, text: texts.get(note.id) ?? '' })))
    })
    return byColumn.size > 0 ? byColumn : undefined
  })
}
