/**
 * Reads a plan from a table given as rows of cells: what a DOCX table reader
 * and the plain-text splitter (importPlanText) both produce.
 *
 * Real plans are Word tables whose structure survives only partly: section
 * rows that span the table are split into cells (sometimes mid-word:
 * «Повышен» | «ие квалификации»), rows broken over pages continue in a row
 * with an empty № cell, numbering restarts, skips and repeats. The importer
 * keeps every piece of text, and lists each guess and each numbering
 * difference in `problems` with its line.
 */
import { numberingDifference, derivedNumbers, parseSourceNumber } from './derivedNumber'
import type { ImportedFootnote, ImportedItem, ImportedPlan, ImportedSection, ItemField } from './importedPlan'
import { detectHeader, positionalMapping, type ColumnKey, type ColumnMapping } from './planColumns'

export type { ColumnMapping } from './planColumns'

export interface ImportPlanRowsOptions {
  /** Overrides the columns found from the header (or the positional order). */
  columns?: ColumnMapping
  /** Source line (1-based) of each row, when the rows come from text; defaults to the row's index + 1. */
  lines?: readonly number[]
  /** Per row: the columns whose cell is merged with the cell above (a vertical merge of the source). */
  mergedUp?: ReadonlyArray<ReadonlySet<number> | undefined>
  /** Per row: footnotes referenced from each column's cell (its text carries «[label]»). */
  notes?: ReadonlyArray<ReadonlyMap<number, ReadonlyArray<{ label: string; text: string }>> | undefined>
}

/** A cell with no letter or digit («-», «•», «—») fills a column without saying anything. */
function hasText (cell: string | undefined): boolean {
  return cell !== undefined && /[\p{L}\p{N}]/u.test(cell)
}

// Endings of a whole word that often closes the first cell of a section row
// split between words («Информационная | поддержка», «Повышение | квалификации»).
const wholeWordEnding = /(?:[аяоеыи]я|[оеыи]е|[ыио]й|[ыи]х|[ую]ю|ние|ция|сть|ство)$/u

/**
 * A cell that ends mid-word followed by one that starts mid-word: «Повышен» +
 * «ие квалификации». Both sides in lower case is the sign; a left side that
 * ends like a whole word is taken as a split between words instead.
 */
function brokenMidWord (left: string, right: string): boolean {
  return /\p{Ll}$/u.test(left) && /^\p{Ll}/u.test(right) && !wholeWordEnding.test(left)
}

/**
 * Joins the pieces of a section title. `guessed` is set when two pieces met in
 * lower case: whether they were glued or spaced, the user should check it.
 */
export function joinSectionTitle (parts: readonly string[]): { title: string; guessed: boolean } {
  let title = ''
  let guessed = false
  for (const part of parts) {
    if (title === '') { title = part; continue }
    guessed ||= /\p{Ll}$/u.test(title) && /^\p{Ll}/u.test(part)
    title += brokenMidWord(title, part) ? part : ' ' + part
  }
  return { title, guessed }
}

function append (current: string | undefined, text: string): string {
  return current ? `${current}\n${text}` : text
}

function isPrefix (prefix: readonly number[], number: readonly number[]): boolean {
  return prefix.length < number.length && prefix.every((part, i) => part === number[i])
}

/** «1. Организация работы по …» written in one cell. */
const numberedTitle = /^(\d{1,3}[.)])\s*(\S[\s\S]*)$/

export function importPlanRows (rows: readonly (readonly string[])[], options: ImportPlanRowsOptions = {}): ImportedPlan {
  const table = rows.map((row) => row.map((cell) => cell.trim()))
  const lineOf = (index: number): number => options.lines?.[index] ?? index + 1
  const rowText = (cells: readonly string[]): string => {
    let end = cells.length
    while (end > 0 && cells[end - 1] === '') end--
    return cells.slice(0, end).join('\t')
  }

  const header = detectHeader(table)
  const width = table.reduce((max, row) => Math.max(max, row.length), 0)
  const mapping = options.columns ?? header?.mapping ?? positionalMapping(width)
  const fieldOf = new Map<number, ColumnKey>()
  for (const [key, column] of Object.entries(mapping) as Array<[ColumnKey, number | undefined]>) {
    if (column !== undefined) fieldOf.set(column, key)
  }
  const numberColumn = mapping.number
  const titleColumn = mapping.title ?? 0
  // The section rule («text in the first one or two cells») only makes sense
  // when the first cell is the № or title column, as in the official form.
  const firstIsLabel = numberColumn === undefined || numberColumn === 0 || titleColumn === 0

  const plan: ImportedPlan = { sections: [], problems: [] }
  const problems = plan.problems
  const sourceText = new Map<ImportedSection | ImportedItem, string>()
  const reported = new Set<number>()
  let section: ImportedSection | undefined
  let stack: Array<{ number: number[]; item: ImportedItem }> = []
  let lastItem: ImportedItem | undefined
  /** The number of the last numbered item of the current section (sub-headings look at it). */
  let lastNumberInSection: number[] | undefined
  let firstNumberInSection: number[] | undefined

  const start = header === undefined ? 0 : header.index + 1
  if (header !== undefined) {
    const titleLines = table.slice(0, header.index).map((row) => row.filter((cell) => cell !== '').join(' ')).filter((line) => line !== '')
    if (titleLines.length > 0) plan.title = titleLines.join('\n')
  }

  const problem = (index: number, message: string, cells: readonly string[]): void => {
    problems.push({ line: lineOf(index), message, text: rowText(cells) })
  }

  /** Text of a column no field is mapped to is kept in the expected result, reported once per column. */
  const unmapped = (index: number, column: number, cells: readonly string[]): ItemField => {
    if (!reported.has(column)) {
      reported.add(column)
      const name = header?.unknownColumns.find((c) => c.index === column)?.text
      const what = name ? `Столбец «${name}»` : `Столбец ${column + 1}`
      problem(index, `${what} не сопоставлен ни с одним полем: его текст добавлен к ожидаемому результату`, cells)
    }
    return 'expectedResult'
  }

  /** Footnotes of a row's cells that went into a title (section and sub-heading rows). */
  const titleNotes = (index: number): ImportedFootnote[] =>
    [...(options.notes?.[index]?.values() ?? [])].flat().map((note) => ({ field: 'title' as const, label: note.label, text: note.text }))

  const openSection = (index: number, title: string, sourceNumber?: string): ImportedSection => {
    section = { title, items: [], line: lineOf(index) }
    if (sourceNumber !== undefined) section.sourceNumber = sourceNumber
    const notes = titleNotes(index)
    if (notes.length > 0) section.footnotes = notes
    plan.sections.push(section)
    sourceText.set(section, rowText(table[index]))
    stack = []
    lastItem = undefined
    lastNumberInSection = undefined
    firstNumberInSection = undefined
    return section
  }

  const currentSection = (index: number): ImportedSection => {
    if (section !== undefined) return section
    problem(index, 'Пункты до первого раздела: создан раздел без названия', table[index])
    return openSection(index, '')
  }

  /** Appends each cell to the matching field of the item, as a further line of that cell. */
  const appendCells = (item: ImportedItem, index: number, cells: readonly string[], skip?: number): void => {
    cells.forEach((cell, column) => {
      if (cell === '' || column === skip) return
      let field = fieldOf.get(column)
      if (field === 'number') field = 'title'
      field ??= unmapped(index, column, cells)
      item[field] = append(item[field], cell)
      for (const note of options.notes?.[index]?.get(column) ?? []) {
        (item.footnotes ??= []).push({ field, label: note.label, text: note.text })
      }
    })
  }

  /** An unnumbered full-width row inside a section: kept as the section's sub-heading, never numbered. */
  const addSubheading = (index: number, title: string): void => {
    const target = currentSection(index)
    const item: ImportedItem = { title, timing: '', audience: '', expectedResult: '', children: [], line: lineOf(index), subheading: true }
    const notes = titleNotes(index)
    if (notes.length > 0) item.footnotes = notes
    target.items.push(item)
    sourceText.set(item, rowText(table[index]))
    // Items after it are again direct items of the section, and nothing continues into it.
    stack = []
    lastItem = undefined
  }

  /**
   * Whether the numbering after an unnumbered full-width row goes on with the
   * current section (4.11 → 4.12, or «11.» → «12.» in a section numbered
   * locally): then the row is a sub-heading. A numbering that starts again
   * from 1 (or jumps to another section's prefix) means a new section.
   */
  const continuesSection = (next: number[] | undefined): boolean => {
    const first = firstNumberInSection
    if (first === undefined || lastNumberInSection === undefined) return false
    if (next === undefined) return true
    // Full numbers (4.1 …) go on with the same section prefix; local ones (1., 2. …) go on unless they restart at 1.
    if (first.length >= 2) return next.length >= 2 && next[0] === first[0]
    return next[0] > 1
  }

  const addItem = (index: number, cells: readonly string[], number?: number[], sourceNumber?: string, title?: string): ImportedItem => {
    const target = currentSection(index)
    const item: ImportedItem = { title: '', timing: '', audience: '', expectedResult: '', children: [], line: lineOf(index) }
    if (mapping.responsible !== undefined) item.responsible = ''
    if (mapping.organisation !== undefined) item.organisation = ''
    if (sourceNumber !== undefined) item.sourceNumber = sourceNumber
    if (title !== undefined) item.title = title
    appendCells(item, index, cells, number !== undefined ? (numberColumn ?? titleColumn) : undefined)
    for (const column of options.mergedUp?.[index] ?? []) {
      const field = fieldOf.get(column)
      if (field !== undefined && field !== 'number' && field !== 'title') (item.mergedUp ??= []).push(field)
    }
    if (number !== undefined) {
      lastNumberInSection = number
      firstNumberInSection ??= number
    }
    sourceText.set(item, rowText(cells))
    if (number === undefined) {
      target.items.push(item)
    } else {
      // A number's depth decides nesting: 4.12.3 goes under the nearest 4.12.
      while (stack.length > 0 && !isPrefix(stack[stack.length - 1].number, number)) stack.pop()
      const parent = stack[stack.length - 1]?.item
      ;(parent ? parent.children : target.items).push(item)
      stack.push({ number, item })
    }
    lastItem = item
    return item
  }

  /** The row's number: from the № column, or opening the title when there is no № column («2.3 Семинар»). */
  const numberOf = (cells: readonly string[] | undefined): { number?: number[]; written?: string; title?: string } => {
    if (cells === undefined) return {}
    if (numberColumn !== undefined) {
      const written = cells[numberColumn] ?? ''
      const number = parseSourceNumber(written)
      return number ? { number, written } : {}
    }
    const match = /^(\d{1,3}(?:\.\d{1,3})*[.)]?)\s+(\S[\s\S]*)$/.exec(cells[titleColumn] ?? '')
    return match ? { number: parseSourceNumber(match[1]), written: match[1], title: match[2] } : {}
  }
  /** The next row with any cell filled, skipping empty rows. */
  const nextFilled = (index: number): readonly string[] | undefined =>
    table.slice(index + 1).find((row) => row.some((cell) => cell !== ''))
  /** The number of the next numbered row (rows continuing this one are skipped). */
  const nextNumber = (index: number): number[] | undefined =>
    table.slice(index + 1).map((row) => numberOf(row).number).find((number) => number !== undefined)

  for (let index = start; index < table.length; index++) {
    const cells = table[index]
    if (cells.every((cell) => cell === '')) continue
    const textColumns = cells.flatMap((cell, column) => (hasText(cell) ? [column] : []))
    if (textColumns.length === 0) {
      problem(index, 'Строка без текста (только прочерки) пропущена', cells)
      continue
    }
    const numberCell = numberColumn === undefined ? '' : cells[numberColumn] ?? ''
    const { number, written: sourceNumber, title } = numberOf(cells)
    const otherColumns = textColumns.filter((c) => c !== numberColumn && c !== titleColumn)

    if (number !== undefined) {
      const next = nextNumber(index)
      const opensChildren = next !== undefined && isPrefix(number, next)
      // «12.» after «11.» in a section numbered locally is the next item, however wide its title.
      const continuesLocal = firstNumberInSection?.length === 1 && lastNumberInSection !== undefined && number[0] > lastNumberInSection[0]
      if (number.length === 1 && otherColumns.length === 0 && opensChildren && !continuesLocal) {
        // «1. | Организация работы по … | | |» followed by 1.1, 1.2: a numbered section.
        openSection(index, title ?? cells[titleColumn] ?? '', sourceNumber)
      } else {
        addItem(index, cells, number, sourceNumber, title)
      }
      continue
    }

    const sectionLike = textColumns.length <= 2 && textColumns.every((c) => c <= 1)
    if (firstIsLabel && sectionLike && hasText(cells[0])) {
      const numbered = textColumns.length === 1 ? numberedTitle.exec(cells[0]) : null
      if (!numbered && continuesSection(nextNumber(index))) {
        addSubheading(index, joinSectionTitle(textColumns.map((c) => cells[c])).title)
      } else if (numbered) {
        openSection(index, numbered[2], numbered[1])
      } else {
        const { title: joined, guessed } = joinSectionTitle(textColumns.map((c) => cells[c]))
        openSection(index, joined)
        if (guessed) problem(index, `Название раздела собрано из разорванных ячеек: «${joined}»`, cells)
      }
      continue
    }

    if (numberColumn === undefined && hasText(cells[titleColumn]) && otherColumns.length > 0) {
      addItem(index, cells) // a table without a № column: every full row is an item
      continue
    }

    if (numberCell !== '') {
      if (lastItem) {
        appendCells(lastItem, index, cells)
        problem(index, 'Строка не распознана (нет номера пункта): её текст добавлен к предыдущему пункту', cells)
      } else {
        addItem(index, cells)
        problem(index, 'Строка не распознана (нет номера пункта): добавлена как пункт без номера', cells)
      }
      continue
    }

    // № cell empty: the row continues the previous item, unless it stands
    // alone right before a numbering that starts again from 1 (a section row
    // whose title was pushed out of the first cell), or nothing precedes it.
    const lone = textColumns.length <= 2
    const restart = numberOf(nextFilled(index)).number
    if (lone && section !== undefined && section.items.length > 0 && restart?.length === 1 && restart[0] === 1) {
      const { title: joined } = joinSectionTitle(textColumns.map((c) => cells[c]))
      openSection(index, joined)
      problem(index, `Строка без номера принята за раздел, так как нумерация после неё начинается с 1; проверьте название «${joined}»`, cells)
    } else if (lastItem) {
      appendCells(lastItem, index, cells)
    } else if (lone && section === undefined) {
      openSection(index, joinSectionTitle(textColumns.map((c) => cells[c])).title)
    } else if (lone && section !== undefined) {
      const { title: joined } = joinSectionTitle([section.title, ...textColumns.map((c) => cells[c])])
      section.title = joined
      problem(index, `Строка без номера добавлена к названию раздела: «${joined}»`, cells)
    } else {
      addItem(index, cells)
      problem(index, 'Строка без номера перед первым пунктом раздела: добавлена как пункт без номера', cells)
    }
  }

  for (const entry of derivedNumbers(plan)) {
    const source = entry.node.sourceNumber
    if (source === undefined) continue
    const differs = numberingDifference(source, entry.derived)
    if (differs !== undefined) {
      const what = entry.kind === 'section' ? 'Раздел: номер' : 'Номер'
      const written = parseSourceNumber(source)?.join('.') ?? source
      problems.push({ line: entry.node.line, message: `${what} ${written} в источнике, по порядку ${differs}`, text: sourceText.get(entry.node) ?? '' })
    }
  }
  problems.sort((a, b) => a.line - b.line)
  return plan
}
