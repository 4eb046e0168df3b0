/**
 * Reads the plan table back out of an exported DOCX or ODT for tests: every
 * row's cells with their text (paragraphs joined by "\n", footnote markers as
 * «[^note text]»), their spans and whether they are covered by a merge.
 */
const unescape = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

export interface ReadCell {
  text: string
  colSpan: number
  /** DOCX: vMerge restart/continue; ODT: rows spanned (restart) or a covered cell (continue). */
  merge?: 'restart' | 'continue'
  rowSpan?: number
}

/** Footnote texts of a DOCX by id. */
export function docxFootnotes (xml: string): Map<string, string> {
  const notes = new Map<string, string>()
  for (const [, id, body] of xml.matchAll(/<w:footnote (?:[^>]*?)w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g)) {
    notes.set(id, [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescape(t[1])).join('').trim())
  }
  return notes
}

/** The rows of the largest table of a DOCX body (the plan table; the approval block is a small one). */
export function docxTableRows (xml: string, notes: ReadonlyMap<string, string>): ReadCell[][] {
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1])
  const table = tables.sort((a, b) => b.length - a.length)[0] ?? ''
  return [...table.matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map(([, row]) =>
    [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell]) => {
      const span = /<w:gridSpan w:val="(\d+)"\/>/.exec(cell)
      const vMerge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(cell)
      const paragraphs = [...cell.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)].map(([p]) =>
        [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:footnoteReference w:id="(\d+)"\/>/g)]
          .map((t) => t[2] !== undefined ? `[^${notes.get(t[2]) ?? '?'}]` : unescape(t[1])).join(''))
      return {
        text: paragraphs.join('\n'),
        colSpan: span ? Number(span[1]) : 1,
        ...(vMerge ? { merge: vMerge[1] === 'restart' ? 'restart' as const : 'continue' as const } : {}),
      }
    }))
}

/** Footnotes inline as «[^text]», before paragraphs are split (a note's body has paragraphs of its own). */
function odtInlineNotes (xml: string): string {
  return xml.replace(/<text:note [^>]*>[\s\S]*?<text:note-body>([\s\S]*?)<\/text:note-body><\/text:note>/g, (_, body: string) => `[^${body.replace(/<[^>]+>/g, '').trim()}]`)
}

function odtParagraphText (xml: string): string {
  return unescape(xml
    .replace(/<text:line-break\/>/g, '\n')
    .replace(/<text:tab\/>/g, '\t')
    .replace(/<text:s text:c="(\d+)"\/>/g, (_, n: string) => ' '.repeat(Number(n)))
    .replace(/<text:s\/>/g, ' ')
    .replace(/<[^>]+>/g, ''))
}

/** The rows of the largest table of an ODT's content.xml, header rows included. */
export function odtTableRows (xml: string): ReadCell[][] {
  const tables = [...xml.matchAll(/<table:table [^>]*>([\s\S]*?)<\/table:table>/g)].map((m) => m[1])
  const table = tables.sort((a, b) => b.length - a.length)[0] ?? ''
  return [...table.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)].map(([, row]) =>
    [...row.matchAll(/<table:covered-table-cell\/>|<table:table-cell([^>]*)>([\s\S]*?)<\/table:table-cell>|<table:table-cell([^>]*)\/>/g)].map((m): ReadCell => {
      if (m[0] === '<table:covered-table-cell/>') return { text: '', colSpan: 1, merge: 'continue' }
      const attrs = m[1] ?? m[3] ?? ''
      const cols = /table:number-columns-spanned="(\d+)"/.exec(attrs)
      const rows = /table:number-rows-spanned="(\d+)"/.exec(attrs)
      const paragraphs = [...odtInlineNotes(m[2] ?? '').matchAll(/<text:(p|h)[ >][\s\S]*?<\/text:\1>|<text:p [^>]*\/>/g)].map(([p]) => odtParagraphText(p))
      return { text: paragraphs.join('\n'), colSpan: cols ? Number(cols[1]) : 1, ...(rows ? { merge: 'restart' as const, rowSpan: Number(rows[1]) } : {}) }
    }))
}
