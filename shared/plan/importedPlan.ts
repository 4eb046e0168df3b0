/**
 * What a plan import produces: plain data, before anything touches Yjs.
 *
 * The import never decides silently. Text is kept as written (only the outer
 * whitespace of each cell is trimmed; cells broken over several source lines
 * are joined with "\n"), and everything the importer had to guess about or
 * could not place is listed in `problems`, while its text is still kept
 * somewhere in the plan, so the user can review the guesses instead of
 * discovering later that a line went missing.
 */

/** The item fields a source column can fill. */
export type ItemField = 'title' | 'timing' | 'audience' | 'expectedResult' | 'responsible' | 'organisation'

export interface ImportedItem {
  /**
   * The number as written in the source («4.12.3», «10», «2.», «3)»). Kept
   * only to report where it differs from the derived number: the board
   * derives numbers from the tree and never stores them.
   */
  sourceNumber?: string
  title: string
  /** «Сроки проведения» as written; the timing parser reads it later. */
  timing: string
  audience: string
  expectedResult: string
  /** Present only when the source has such a column. */
  responsible?: string
  /** Present only when the source has such a column. */
  organisation?: string
  children: ImportedItem[]
  /** 1-based line (or row) of the source where the item starts. */
  line: number
  /** An unnumbered full-width row inside a section: only the title is used, never numbered. */
  subheading?: true
  /** Fields whose cell is merged with the cell of the row above (a vertical merge in Word). */
  mergedUp?: ItemField[]
  /** Footnotes referenced from the item's cells: the field's text carries «[label]». */
  footnotes?: ImportedFootnote[]
}

export interface ImportedFootnote {
  field: ItemField
  label: string
  text: string
}

export interface ImportedSection {
  title: string
  /** «1.» for a section written «1. Организация работы по …». */
  sourceNumber?: string
  footnotes?: ImportedFootnote[]
  items: ImportedItem[]
  line: number
}

export interface ImportProblem {
  line: number
  /** For the user, in Russian: what was seen and what the import did with it. */
  message: string
  /** The source text concerned, as written. */
  text: string
}

export interface ImportedPlan {
  /** The heading above the table («План мероприятий … на 2021-2022 учебный год»). */
  title?: string
  sections: ImportedSection[]
  problems: ImportProblem[]
}
