import { mkdir, readFile, readdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { writeFileAtomic } from './atomicWrite'
import type { DocLoadResult, DocStore } from './DocStore'

/**
 * One file per document in `<data>/docs/`, written atomically. Each file has a
 * small header (magic, length, CRC-32) so that a damaged or truncated file is
 * recognised and reported with its path instead of being read as an empty or
 * partial document (which the next save would then make permanent).
 */
const MAGIC = Buffer.from('PLANERKA-YDOC1\n', 'latin1')
const HEADER_SIZE = MAGIC.length + 8
const EXTENSION = '.ydoc'

export class FileDocStore implements DocStore {
  private ready: Promise<unknown> | null = null

  constructor (private readonly dir: string) {}

  async load (name: string): Promise<DocLoadResult> {
    const path = this.pathOf(name)
    let bytes: Buffer
    try {
      bytes = await readFile(path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, state: null }
      throw error
    }
    const problem = checkFile(bytes)
    if (problem) {
      return { ok: false, error: { code: 'corrupt', location: path, message: `Файл документа повреждён (${problem}): ${path}` } }
    }
    return { ok: true, state: new Uint8Array(bytes.subarray(HEADER_SIZE)) }
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

/** Why a stored file cannot be trusted, or null when it is whole. */
function checkFile (bytes: Buffer): string | null {
  if (bytes.length === 0) return 'пустой файл'
  if (bytes.length < HEADER_SIZE || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return 'неизвестный формат'
  const length = bytes.readUInt32BE(MAGIC.length)
  const checksum = bytes.readUInt32BE(MAGIC.length + 4)
  const body = bytes.subarray(HEADER_SIZE)
  if (body.length !== length) return `ожидалось ${length} байт, найдено ${body.length}`
  if (crc32(body) !== checksum) return 'контрольная сумма не совпадает'
  return null
}
