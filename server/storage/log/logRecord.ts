import { crc32 } from 'node:zlib'

/**
 * One record of the document log. On disk:
 *   u32 body length · u32 CRC-32 of the body · body
 * and the body is
 *   f64 sequence number · u8 kind · u16 name length · name (UTF-8) · payload.
 * The length and checksum let a reader tell a record cut short by a crash (the
 * tail of the last write, cut off at start) from damage in the middle of a log
 * (an error naming the file).
 */
export const LogRecordKind = {
  /** A Yjs update to merge into the document. */
  update: 1,
  /** The document's whole state from now on (DocStore.save): earlier records no longer count. */
  reset: 2,
  /** The document was removed. */
  remove: 3,
} as const
export type LogRecordKind = (typeof LogRecordKind)[keyof typeof LogRecordKind]

export interface LogRecord {
  seq: number
  kind: LogRecordKind
  name: string
  payload: Uint8Array
}

const FRAME_HEADER = 8
const BODY_HEADER = 8 + 1 + 2

export function encodeLogRecord (record: LogRecord): Buffer {
  const name = Buffer.from(record.name, 'utf8')
  const body = Buffer.alloc(BODY_HEADER + name.length + record.payload.length)
  body.writeDoubleBE(record.seq, 0)
  body.writeUInt8(record.kind, 8)
  body.writeUInt16BE(name.length, 9)
  name.copy(body, BODY_HEADER)
  body.set(record.payload, BODY_HEADER + name.length)
  const frame = Buffer.alloc(FRAME_HEADER)
  frame.writeUInt32BE(body.length, 0)
  frame.writeUInt32BE(crc32(body), 4)
  return Buffer.concat([frame, body])
}

export type LogReadResult =
  /** `end` is where the whole records stop: a shorter file had a torn tail there. */
  | { ok: true; records: LogRecord[]; end: number }
  | { ok: false; offset: number; problem: string }

/** Reads every whole record of a log file's bytes. */
export function readLogRecords (bytes: Buffer): LogReadResult {
  const records: LogRecord[] = []
  let offset = 0
  while (offset < bytes.length) {
    // A frame that runs past the end was being written when the process died.
    if (bytes.length - offset < FRAME_HEADER) break
    const length = bytes.readUInt32BE(offset)
    const end = offset + FRAME_HEADER + length
    if (end > bytes.length) break
    const body = bytes.subarray(offset + FRAME_HEADER, end)
    if (crc32(body) !== bytes.readUInt32BE(offset + 4) || length < BODY_HEADER) {
      // A bad last record is a torn write; a bad record with more after it is damage.
      if (end === bytes.length) break
      return { ok: false, offset, problem: 'контрольная сумма записи не совпадает' }
    }
    const nameLength = body.readUInt16BE(9)
    const kind = body.readUInt8(8)
    if (BODY_HEADER + nameLength > body.length || !isKind(kind)) return { ok: false, offset, problem: 'неизвестный формат записи' }
    records.push({
      seq: body.readDoubleBE(0),
      kind,
      name: body.subarray(BODY_HEADER, BODY_HEADER + nameLength).toString('utf8'),
      payload: new Uint8Array(body.subarray(BODY_HEADER + nameLength)),
    })
    offset = end
  }
  return { ok: true, records, end: offset }
}

function isKind (kind: number): kind is LogRecordKind {
  return kind === LogRecordKind.update || kind === LogRecordKind.reset || kind === LogRecordKind.remove
}
