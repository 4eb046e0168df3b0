/**
 * Bounds on what a zip file (.docx, .odt) would unpack to, read from its
 * central directory before anything is inflated. A 302 KB Word file that
 * unpacked to 101 MB once took the server down (issue 14); the sizes the
 * directory declares are checked here, and the worker's memory limit catches
 * a file whose parts lie about their size.
 */

/** The largest single part: the document body of the 60-page sample is under 2 MB; 25 MB leaves room for any real plan. */
export const maxZipPartBytes = 25 * 1024 * 1024
/** Everything unpacked together: a document with pictures stays far below; mammoth holds it all in memory at once. */
export const maxZipTotalBytes = 80 * 1024 * 1024
/** A Word file has a few dozen parts; thousands of entries are a crafted file. */
export const maxZipEntries = 5000

export type ZipBoundsResult =
  | { ok: true; entries: number; unpackedBytes: number }
  | { ok: false; reason: 'not_zip' | 'too_large'; message: string }

const EOCD_SIGNATURE = 0x06054b50
const CENTRAL_SIGNATURE = 0x02014b50
/** The end-of-central-directory record is 22 bytes plus a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 0xffff
const ZIP64_MARK = 0xffffffff

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)

export function checkZipBounds (bytes: Uint8Array): ZipBoundsResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const notZip = { ok: false, reason: 'not_zip', message: 'Файл повреждён: не найдено оглавление архива .docx.' } as const
  let eocd = -1
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - EOCD_SEARCH); at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) { eocd = at; break }
  }
  if (eocd < 0) return notZip
  const count = view.getUint16(eocd + 10, true)
  const directoryOffset = view.getUint32(eocd + 16, true)
  if (count === 0xffff || directoryOffset === ZIP64_MARK) {
    return { ok: false, reason: 'too_large', message: 'Файл слишком большой: архив такого размера (ZIP64) не загружается.' }
  }
  if (count > maxZipEntries) {
    return { ok: false, reason: 'too_large', message: `В файле слишком много частей (${count}, допустимо до ${maxZipEntries}).` }
  }
  let at = directoryOffset
  let total = 0
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return notZip
    const unpacked = view.getUint32(at + 24, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength))
    if (unpacked === ZIP64_MARK || unpacked > maxZipPartBytes) {
      return { ok: false, reason: 'too_large', message: `Часть файла «${name}» в распакованном виде больше ${mb(maxZipPartBytes)} МБ: такой файл не загружается.` }
    }
    total += unpacked
    if (total > maxZipTotalBytes) {
      return { ok: false, reason: 'too_large', message: `Файл в распакованном виде больше ${mb(maxZipTotalBytes)} МБ: такой файл не загружается.` }
    }
    at += 46 + nameLength + extraLength + commentLength
  }
  return { ok: true, entries: count, unpackedBytes: total }
}
