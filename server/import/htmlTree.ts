/**
 * A tiny, tolerant HTML reader for mammoth's output only: well-nested tags
 * with double-quoted attributes, the five XML entities and numeric ones, no
 * comments or scripts. A stray closing tag is ignored and unclosed tags are
 * closed at the end, so a surprise never throws; it only loses structure.
 * (No dependency: mammoth's HTML is simple enough, and a full parser would
 * be the only new package of the import.)
 */

export interface HtmlElement {
  tag: string
  attributes: Record<string, string>
  children: HtmlNode[]
}
export type HtmlNode = HtmlElement | string

const voidTags = new Set(['br', 'img', 'hr', 'col', 'input', 'meta', 'link'])
const token = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=/>]+(?:\s*=\s*"[^"]*")?)*)\s*(\/?)>|([^<]+)|</g
const attribute = /([^\s=/>]+)(?:\s*=\s*"([^"]*)")?/g

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

export function decodeEntities (text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return safeCodePoint(parseInt(name.slice(2), 16)) ?? whole
    if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10)) ?? whole
    return named[name] ?? whole
  })
}

function safeCodePoint (code: number): string | undefined {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined
}

/** The document as a root element with tag "#root". */
export function parseHtml (html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attributes: {}, children: [] }
  const stack: HtmlElement[] = [root]
  for (const match of html.matchAll(token)) {
    const [whole, closing, rawTag, rawAttributes, selfClosing, text] = match
    const top = stack[stack.length - 1]
    if (text !== undefined || rawTag === undefined) {
      top.children.push(decodeEntities(text ?? whole))
      continue
    }
    const tag = rawTag.toLowerCase()
    if (closing) {
      const open = stack.map((element) => element.tag).lastIndexOf(tag)
      if (open > 0) stack.length = open
      continue
    }
    const element: HtmlElement = { tag, attributes: readAttributes(rawAttributes ?? ''), children: [] }
    top.children.push(element)
    if (!selfClosing && !voidTags.has(tag)) stack.push(element)
  }
  return root
}

function readAttributes (text: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const [, name, value] of text.matchAll(attribute)) attributes[name.toLowerCase()] = decodeEntities(value ?? '')
  return attributes
}

export function childElements (element: HtmlElement, ...tags: string[]): HtmlElement[] {
  return element.children.filter((child): child is HtmlElement => typeof child !== 'string' && (tags.length === 0 || tags.includes(child.tag)))
}
