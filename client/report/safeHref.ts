/**
 * The only link targets the report accepts. A report is exported and read by
 * people outside the board, so a `javascript:` or `data:` link typed, pasted
 * or written straight into the document by a modified client must never
 * become clickable. Relative addresses are refused too: the report has no
 * base address of its own.
 */
const allowedLinkProtocols = ['http', 'https', 'mailto'] as const

export function isSafeHref (href: string | null | undefined): boolean {
  if (typeof href !== 'string') return false
  const trimmed = href.trim()
  if (trimmed === '') return false
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return false
  }
  return (allowedLinkProtocols as readonly string[]).includes(url.protocol.slice(0, -1))
}
