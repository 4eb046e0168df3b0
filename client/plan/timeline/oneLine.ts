/** Multi-line cell text as one line, for labels and tooltips. */
export function oneLine (text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
