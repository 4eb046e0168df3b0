/**
 * A cell's text cut at its footnote markers («НМС[1]» → «НМС», note 1), for
 * writers that print real footnotes. A note whose marker is no longer in the
 * text (someone deleted the «[1]») is put at the end of the cell: its text
 * is never dropped.
 */
import type { PlanFootnote } from '../../shared/plan/planSnapshot'

export type NotePiece = string | { note: PlanFootnote }

export function splitAtNotes (text: string, notes: readonly PlanFootnote[]): NotePiece[] {
  if (notes.length === 0) return [text]
  const pieces: NotePiece[] = []
  const used = new Set<PlanFootnote>()
  const byLabel = new Map(notes.map((note) => [note.label, note]))
  const marker = /\[([^\][\n]{1,12})\]/g
  let last = 0
  for (const match of text.matchAll(marker)) {
    const note = byLabel.get(match[1])
    if (!note || used.has(note)) continue
    pieces.push(text.slice(last, match.index))
    pieces.push({ note })
    used.add(note)
    last = match.index + match[0].length
  }
  pieces.push(text.slice(last))
  for (const note of notes) if (!used.has(note)) pieces.push({ note })
  return pieces.filter((piece) => piece !== '')
}
