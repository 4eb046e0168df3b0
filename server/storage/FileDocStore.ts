import { mkdir, readFile, readdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { writeFileAtomic } from './atomicWrite'
import type { DocLoadResult, DocStore, DocStoreError } from './DocStore'

/**
 * One file per document in `<data>/docs/`, written atomically. Each file has a
 * small header (magic, length, CRC-32) so that a damaged or truncated file is
 * recognised and reported with its path instead of being read as an empty or
 * partial document (which the next save would then make permanent).
 */
const MAGIC = Buffer.from('PLANERKA-YDOC1\n', 'latin1')
const HEADER_SIZE = MAGIC.length + 8
/**
 * A snapshot written by the log store (log/LogDocStore.ts): the same header
 * plus the sequence number of the last log record it contains, so that
 * replaying the log after a crash skips what the snapshot already holds.
 */
const MAGIC_V2 = Buffer.from('PLANERKA-YDOC2\n', 'latin1')
const HEADER_SIZE_V2 = MAGIC_V2.length + 16
const EXTENSION = '.ydoc'

export class FileDocStore implements DocStore {
  private ready: Promise<unknown> | null = null

  constructor (private readonly dir: string) {}

  async load (name: string): Promise<DocLoadResult> {
    const loaded = await this.loadSnapshot(name)
    return loaded.ok ? { ok: true, state: loaded.snapshot?.state ?? null } : loaded
  }

  /** The stored state with the log sequence number it covers (0 for files written before the log). */
  async loadSnapshot (name: string): Promise<SnapshotLoadResult> {
    const path = this.pathOf(name)
    let bytes: Buffer
    try {
      bytes = await readFile(path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, snapshot: null }
      throw error
    }
    const checked = checkFile(bytes)
    if (typeof checked === 'string') {
      return { ok: false, error: { code: 'corrupt', location: path, message: `Файл документа повреждён (${checked}): ${path}` } }
    }
    return { ok: true, snapshot: checked }
  }

  /** Writes a snapshot that holds every log record up to `seq` (see MAGIC_V2). */
  async saveSnapshot (name: string, state: Uint8Array, seq: number): Promise<void> {
    await this.ensureDir()
    const header = Buffer.alloc(16)
    header.writeUInt32BE(state.length, 0)
    header.writeDoubleBE(seq, 8)
    header.writeUInt32BE(crc32(state, crc32(header.subarray(8))), 4)
    await writeFileAtomic(this.pathOf(name), Buffer.concat([MAGIC_V2, header, state]))
  }

  async save (name: string, state: Uint8Array): Promise<void> {
    await this.ensureDir()
    const header = Buffer.alloc(8)
    header.writeUInt32BE(state.length, 0)
    header.writeUInt32BE(crc32(state), 4)
    await writeFileAtomic(this.pathOf(name), Buffer.concat([MAGIC, header, state]))
  }

  async list (): Promise<string[]> {
    let entries: string[]
    try {
      entries = await readdir(this.dir)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
    return entries
      .filter(file => file.endsWith(EXTENSION))
      .map(file => decodeURIComponent(file.slice(0, -EXTENSION.length)))
      .sort()
  }

  async remove (name: string): Promise<void> {
    await unlink(this.pathOf(name)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
  }

  /** The file that holds a document (for error messages and the administrator). */
  pathOf (name: string): string {
    // encodeURIComponent keeps any name inside the folder ("/" and ".." cannot escape).
    return join(this.dir, encodeURIComponent(name).replace(/\./g, '%2E') + EXTENSION)
  }

  private ensureDir (): Promise<unknown> {
    this.ready ??= mkdir(this.dir, { recursive: true })
    return this.ready
  }
}

export interface Snapshot {
  state: Uint8Array
  /** The last log record the state contains (0: written before the log existed). */
  seq: number
}

export type SnapshotLoadResult =
  | { ok: true; snapshot: Snapshot | null }
  | { ok: false; error: DocStoreError }

/** The stored snapshot, or why the file cannot be trusted. */
function checkFile (bytes: Buffer): Snapshot | string {
  if (bytes.length === 0) return 'пустой файл'
  const v2 = bytes.length >= HEADER_SIZE_V2 && bytes.subarray(0, MAGIC_V2.length).equals(MAGIC_V2)
  if (!v2 && (bytes.length < HEADER_SIZE || !bytes.subarray(0, MAGIC.length).equals(MAGIC))) return 'неизвестный формат'
  const at = v2 ? MAGIC_V2.length : MAGIC.length
  const length = bytes.readUInt32BE(at)
  const checksum = bytes.readUInt32BE(at + 4)
  const seq = v2 ? bytes.readDoubleBE(at + 8) : 0
  const body = bytes.subarray(v2 ? HEADER_SIZE_V2 : HEADER_SIZE)
  if (body.length !== length) return `ожидалось ${length} байт, найдено ${body.length}`
  const expected = v2 ? crc32(body, crc32(bytes.subarray(at + 8, at + 16))) : crc32(body)
  if (expected !== checksum) return 'контрольная сумма не совпадает'
  return { state: new Uint8Array(body), seq }
}
