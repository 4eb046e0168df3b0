import { readFile } from 'node:fs/promises'
import { Low, type Adapter } from 'lowdb'
import { writeFileAtomic } from './atomicWrite'
import { emptyMetaData, migrateMetaData, type MetaData } from './MetaData'
import type { MetaStore } from './MetaStore'

/** Raised at start when the metadata file cannot be read; names the file, which is left as it is. */
export class MetaStoreCorruptError extends Error {
  constructor (readonly path: string, detail: string) {
    super(`Файл метаданных повреждён (${detail}): ${path}. Файл оставлен без изменений; восстановите его из резервной копии.`)
    this.name = 'MetaStoreCorruptError'
  }
}

/**
 * lowdb's JSON adapter, but durable: lowdb's own JSONFile renames without
 * fsync, and it reads an empty or broken file as an error we could not tell
 * apart. A missing file is a new installation; an empty or unparsable one is
 * damage, and we refuse to start over it rather than silently begin empty.
 */
class DurableJsonAdapter implements Adapter<MetaData> {
  constructor (private readonly path: string) {}

  async read (): Promise<MetaData | null> {
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
    if (text.trim() === '') throw new MetaStoreCorruptError(this.path, 'пустой файл')
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      throw new MetaStoreCorruptError(this.path, 'некорректный JSON')
    }
    if (!isMetaData(parsed)) throw new MetaStoreCorruptError(this.path, 'неизвестная структура')
    return migrateMetaData(parsed)
  }

  async write (data: MetaData): Promise<void> {
    await writeFileAtomic(this.path, JSON.stringify(data, null, 1))
  }
}

function isMetaData (value: unknown): value is MetaData {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return v.version === 1 && ['users', 'sessions', 'boards', 'members'].every(key => Array.isArray(v[key]))
}

export class LowMetaStore implements MetaStore {
  private queue: Promise<unknown> = Promise.resolve()

  private constructor (private readonly db: Low<MetaData>) {}

  /** Opens (or creates) the file; throws MetaStoreCorruptError when it is damaged. */
  static async open (path: string): Promise<LowMetaStore> {
    const db = new Low<MetaData>(new DurableJsonAdapter(path), emptyMetaData())
    await db.read()
    return new LowMetaStore(db)
  }

  get data (): MetaData {
    return this.db.data
  }

  update<T> (change: (data: MetaData) => T): Promise<T> {
    // Serialised: two overlapping writes could otherwise rename in the wrong order.
    const run = this.queue.then(async () => {
      const before = structuredClone(this.db.data)
      const result = change(this.db.data)
      try {
        await this.db.write()
      } catch (error) {
        // Not written (full disk, read-only folder): the change is taken back, so the request that
        // fails now never shows up later with the next successful write.
        Object.assign(this.db.data, before)
        throw error
      }
      return result
    })
    this.queue = run.catch(() => {})
    return run
  }

  async close (): Promise<void> {
    await this.queue
  }
}
