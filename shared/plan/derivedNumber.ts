/**
 * Numbers are derived from the position in the tree (section 4, its 12th
 * item, that item's 7th sub-item → «4.12.7»), never stored: moving an item
 * renumbers everything after it. A source number is kept beside an imported
 * item only to say where the source's numbering differs from the derived one.
 */
import type { ImportedItem, ImportedPlan, ImportedSection } from './importedPlan'
import { NodeKind } from './planFields'

/** [4, 12, 7] → "4.12.7" (positions are 1-based). */
export function derivedNumber (path: readonly number[]): string {
  return path.join('.')
}

/**
 * The one rule numbering a parent's children, used by the live plan
 * (planSnapshot) and the import alike: items count 1, 2, … under
 * `parentNumber`; a sub-heading gets no number and does not count, so the
 * items around it keep theirs (4.11, sub-heading, 4.12).
 */
export function childNumbers (parentNumber: string, kinds: readonly NodeKind[]): Array<string | undefined> {
  let position = 0
  return kinds.map((kind) => kind === NodeKind.subheading ? undefined : `${parentNumber}.${++position}`)
}

/** Sections are numbered 1, 2, … in order. */
export function sectionNumber (index: number): string {
  return derivedNumber([index + 1])
}

export interface NumberedEntry {
  node: ImportedSection | ImportedItem
  kind: 'section' | 'item'
  /** Full derived number: "2" for a section, "2.3" for its third item. */
  derived: string
}

/** Every section and item of the plan, in document order, with its derived number. */
export function derivedNumbers (plan: ImportedPlan): NumberedEntry[] {
  const entries: NumberedEntry[] = []
  const walk = (items: readonly ImportedItem[], parent: string): void => {
    const numbers = childNumbers(parent, items.map((item) => item.subheading ? NodeKind.subheading : NodeKind.item))
    items.forEach((item, i) => {
      const number = numbers[i]
      if (number === undefined) return
      entries.push({ node: item, kind: 'item', derived: number })
      walk(item.children, number)
    })
  }
  plan.sections.forEach((section, s) => {
    const number = sectionNumber(s)
    entries.push({ node: section, kind: 'section', derived: number })
    walk(section.items, number)
  })
  return entries
}

/** «4.12.3.», «2)», « 10 » → [4, 12, 3], [2], [10]; undefined when not a number. */
export function parseSourceNumber (text: string): number[] | undefined {
  const match = /^(\d{1,3}(?:\.\d{1,3})*)\.?\)?$/.exec(text.trim())
  return match ? match[1].split('.').map(Number) : undefined
}

/**
 * The derived number to show beside a differing source number, or undefined
 * when they agree. A source that numbers items «1.», «2.» inside each section
 * (one level shorter than the derived «2.1», «2.2») is compared with the
 * derived number's last parts only: that is the numbering the source uses.
 */
export function numberingDifference (sourceNumber: string, derived: string): string | undefined {
  const source = parseSourceNumber(sourceNumber)
  if (source === undefined) return derived
  const full = derived.split('.').map(Number)
  const compared = source.length < full.length ? full.slice(full.length - source.length) : full
  const same = compared.length === source.length && compared.every((part, i) => part === source[i])
  return same ? undefined : derivedNumber(compared)
}
