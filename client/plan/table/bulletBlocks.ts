import { cellBlocks } from '../../../shared/export/cellLines'

/**
 * «Ожидаемый результат» is often a list typed by hand: lines starting with
 * «•», «-» or «–». Display mode shows those runs as a bulleted list; the text
 * itself stays exactly as typed (the marker is only hidden on screen). The
 * rule is the documents' own (shared/export/cellLines), so the screen and the
 * exported DOCX/PDF agree on what is a list; the screen only joins
 * consecutive plain lines into one block.
 */
export type TextBlock =
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] }

export function bulletBlocks (text: string): TextBlock[] {
  const blocks: TextBlock[] = []
  for (const block of cellBlocks(text, true)) {
    const last = blocks[blocks.length - 1]
    if (block.kind === 'list') blocks.push({ kind: 'list', items: block.items.map(item => item.text) })
    else if (last?.kind === 'text') last.text += '\n' + block.text
    else blocks.push({ kind: 'text', text: block.text })
  }
  return blocks
}

/** Whether any line is a bullet (most cells are plain text and skip the list markup). */
export function hasBullets (text: string): boolean {
  return bulletBlocks(text).some(block => block.kind === 'list')
}
