/**
 * What the import can do with a chosen file. Word files are binary and need
 * their own reader (DOCX import comes later): reading them as text would
 * paste garbage into the preview, so they get a clear message instead.
 */
export type ImportFileKind = 'text' | 'word' | 'other'

export function importFileKind (name: string, type = ''): ImportFileKind {
  const lower = name.toLowerCase()
  if (/\.(docx?|rtf|odt)$/.test(lower)) return 'word'
  if (/\.(txt|tsv|csv|text)$/.test(lower) || type.startsWith('text/')) return 'text'
  return 'other'
}
