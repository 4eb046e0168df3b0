/** A stable, readable colour per login, so a person has the same colour everywhere. */
const PALETTE = ['#c0392b', '#2471a3', '#1e8449', '#b9770e', '#7d3c98', '#148f77', '#a04000', '#2e4053', '#b03a2e', '#1f618d']

export function userColor (login: string): string {
  let hash = 0
  for (const char of login) hash = (hash * 31 + char.codePointAt(0)!) >>> 0
  return PALETTE[hash % PALETTE.length]
}
