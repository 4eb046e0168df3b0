/**
 * What the import can do with a chosen file. Word files are binary and need
 * their own reader (DOCX import comes later): reading them as text would
 * paste garbage into the preview, so they get a clear message instead.
 */
/** `csv` goes through a CSV parser (`;` or `,` separated), never the tab-separated reader. */
export type ImportFileKind = 'text' | 'csv' | 'word' | 'other'

export function importFileKind (name: string, type = ''): ImportFileKind {
  const lower = name.toLowerCase()
  if (/\.(docx?|rtf|odt)$/.test(lower)) return 'word'
  if (lower.endsWith('.csv') || type === 'text/csv') return 'csv'
  if (/\.(txt|tsv|text)$/.test(lower) || type.startsWith('text/')) return 'text'
  return 'other'
}
