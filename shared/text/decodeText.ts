/**
 * The text of an uploaded file: UTF-8 (with or without BOM) when the bytes
 * are valid UTF-8, otherwise Windows-1251 — what Excel and Word on Russian
 * Windows save «CSV» and «Текст» in. Reading such a file as UTF-8 would turn
 * every Cyrillic letter into «�».
 */
export function decodeText (bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    return new TextDecoder('windows-1251').decode(bytes)
  }
}
