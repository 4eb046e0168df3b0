/**
 * «Ожидаемый результат» is often a list typed by hand: lines starting with
 * «•», «-» or «–». Display mode shows those runs as a bulleted list; the text
 * itself stays exactly as typed (the marker is only hidden on screen).
 */
export type TextBlock =
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] }

const bullet = /^\s*[•\-–]\s*/

export function bulletBlocks (text: string): TextBlock[] {
  const blocks: TextBlock[] = []
  for (const line of text.split('\n')) {
    const marker = bullet.exec(line)
    const last = blocks[blocks.length - 1]
    if (marker) {
      const item = line.slice(marker[0].length)
      if (last?.kind === 'list') last.items.push(item)
      else blocks.push({ kind: 'list', items: [item] })
    } else if (last?.kind === 'text') {
      last.text += '\n' + line
    } else {
      blocks.push({ kind: 'text', text: line })
    }
  }
  return blocks
}

/** Whether any line is a bullet (most cells are plain text and skip the list markup). */
export function hasBullets (text: string): boolean {
  return /(^|\n)\s*[•\-–]/.test(text)
}
