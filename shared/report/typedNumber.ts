/**
 * The number typed before a heading in a document brought into the report
 * («2.1.», «3.7.4», «IV.»): stripped, since Planerka derives section numbers
 * from the outline, and kept aside to report a mismatch.
 */
const typedNumber = /^\s*((?:\d{1,3}\.)*\d{1,3}|[IVXLC]{1,6})\.?(?:\s+|(?=[А-ЯЁA-Z«"]))/

export function splitTypedNumber (heading: string): { number?: string; title: string } {
  const text = heading.replace(/\s+/g, ' ').trim()
  const match = typedNumber.exec(text)
  return match ? { number: match[1], title: text.slice(match[0].length).trim() } : { title: text }
}
