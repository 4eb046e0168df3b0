/**
 * A strict enough well-formedness check for the XML parts of a DOCX: tags
 * nest and close, attributes are quoted and not repeated, entities are
 * known, no stray «<» or «&». Returns the first fault, or undefined.
 */
const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y
const attributeName = /([A-Za-z_][\w.:-]*)\s*=/g
const entity = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/y

export function xmlFault (xml: string): string | undefined {
  const stack: string[] = []
  let i = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0
  let roots = 0
  while (i < xml.length) {
    const c = xml[i]
    if (c === '&') {
      entity.lastIndex = i
      if (!entity.test(xml)) return `bad entity at ${i}`
      i = entity.lastIndex
    } else if (c === '<') {
      if (xml.startsWith('<!--', i)) { i = xml.indexOf('-->', i) + 3; if (i < 3) return 'unclosed comment'; continue }
      if (xml.startsWith('<![CDATA[', i)) { i = xml.indexOf(']]>', i) + 3; if (i < 3) return 'unclosed CDATA'; continue }
      tag.lastIndex = i
      const m = tag.exec(xml)
      if (!m) return `bad tag at ${i}: ${xml.slice(i, i + 40)}`
      const [, closing, name, attributes, selfClosing] = m
      const names = [...attributes.matchAll(attributeName)].map((a) => a[1])
      if (new Set(names).size !== names.length) return `repeated attribute in <${name}>`
      if (closing) {
        if (stack.pop() !== name) return `</${name}> does not close the open tag`
      } else if (!selfClosing) {
        if (stack.length === 0) roots++
        stack.push(name)
      } else if (stack.length === 0) roots++
      i = tag.lastIndex
    } else {
      if (stack.length === 0 && c.trim() !== '') return `text outside the root at ${i}`
      i++
    }
  }
  if (stack.length > 0) return `unclosed <${stack[stack.length - 1]}>`
  return roots === 1 ? undefined : `${roots} root elements`
}
