/**
 * A plan cell as a document writes it: one paragraph per line (Word tables
 * keep each line as a paragraph, so the text reads the same after a round
 * trip), and in «Ожидаемый результат» the lines typed as a list («•», «-»,
 * «–» — the markers the on-screen table shows as a list too) as real list
 * items, with the marker taken off the text and kept apart so the document
 * can show the same marker.
 */

export const BulletMarker = {
  dot: '•',
  hyphen: '-',
  enDash: '–',
} as const
export type BulletMarker = (typeof BulletMarker)[keyof typeof BulletMarker]

export type CellLine =
  | { kind: 'text'; text: string }
  | { kind: 'bullet'; marker: BulletMarker; text: string }

const bulletLine = /^\s*([•\-–])\s*/

/** Lines of a cell; bullets are recognised only when `bullets` is set (the expected result). */
export function cellLines (text: string, bullets: boolean): CellLine[] {
  return text.split('\n').map((line): CellLine => {
    const marker = bullets ? bulletLine.exec(line) : null
    // A lone «-» is the form's «nothing here», not an empty list item.
    if (marker && line.trim().length > 1) {
      return { kind: 'bullet', marker: marker[1] as BulletMarker, text: line.slice(marker[0].length) }
    }
    return { kind: 'text', text: line }
  })
}

/** Consecutive bullets grouped, for writers that need a list element around them (pdfmake's `ul`). */
export type CellBlock =
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: Array<{ marker: BulletMarker; text: string }> }

export function cellBlocks (text: string, bullets: boolean): CellBlock[] {
  const blocks: CellBlock[] = []
  for (const line of cellLines(text, bullets)) {
    const last = blocks[blocks.length - 1]
    if (line.kind === 'text') blocks.push(line)
    else if (last?.kind === 'list') last.items.push({ marker: line.marker, text: line.text })
    else blocks.push({ kind: 'list', items: [{ marker: line.marker, text: line.text }] })
  }
  return blocks
}
