import { appendFile, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import type { VersionInfo } from '../../shared/review/versionModel'
import { writeFileAtomic } from './atomicWrite'
import type { VersionStates, VersionStore } from './VersionStore'

/**
 * `<data>/versions/<board>/`: `index.json` (the list), one gzip file per
 * version (full Yjs states: simple to read back and restore, and Yjs states
 * compress well), and `authors.jsonl`, appended once per person per minute.
 */
export class FileVersionStore implements VersionStore {
  private readonly seenMinutes = new Map<string, number>()

  constructor (private readonly dir: string) {}

  async list (boardId: string): Promise<VersionInfo[]> {
    try {
      return JSON.parse(await readFile(this.indexOf(boardId), 'utf8')) as VersionInfo[]
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
  }

  async save (boardId: string, info: VersionInfo, states: VersionStates): Promise<void> {
    await mkdir(this.boardDir(boardId), { recursive: true })
    const list = await this.list(boardId)
    if (list.some(v => v.id === info.id)) throw new Error(`Версия ${info.id} уже существует`)
    const payload = gzipSync(Buffer.from(JSON.stringify({
      plan: Buffer.from(states.plan).toString('base64'),
      report: Buffer.from(states.report).toString('base64'),
      frozen: states.frozen,
    })))
    // The version's file first, then the index that lists it: a crash in between leaves an unlisted file, never a listed version without one.
    await writeFileAtomic(join(this.boardDir(boardId), `${safe(info.id)}.json.gz`), payload)
    await writeFileAtomic(this.indexOf(boardId), JSON.stringify([...list, { ...info, size: payload.length }], null, 1))
  }

  async load (boardId: string, versionId: string): Promise<VersionStates | null> {
    let bytes: Buffer
    try {
      bytes = await readFile(join(this.boardDir(boardId), `${safe(versionId)}.json.gz`))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
    const data = JSON.parse(gunzipSync(bytes).toString('utf8')) as { plan: string; report: string; frozen?: string }
    return { plan: Buffer.from(data.plan, 'base64'), report: Buffer.from(data.report, 'base64'), frozen: data.frozen }
  }

  async recordAuthor (boardId: string, login: string, at: Date): Promise<void> {
    const minute = Math.floor(at.getTime() / 60_000)
    const key = `${boardId}\n${login}`
    if (this.seenMinutes.get(key) === minute) return
    this.seenMinutes.set(key, minute)
    await mkdir(this.boardDir(boardId), { recursive: true })
    await appendFile(join(this.boardDir(boardId), 'authors.jsonl'), JSON.stringify({ login, minute }) + '\n')
  }

  async authorsBetween (boardId: string, from: Date | null, to: Date): Promise<string[]> {
    let text = ''
    try {
      text = await readFile(join(this.boardDir(boardId), 'authors.jsonl'), 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    const start = from ? Math.floor(from.getTime() / 60_000) : -Infinity
    const end = Math.floor(to.getTime() / 60_000)
    const logins = new Set<string>()
    for (const line of text.split('\n')) {
      if (!line) continue
      try {
        const entry = JSON.parse(line) as { login: string; minute: number }
        if (entry.minute >= start && entry.minute <= end) logins.add(entry.login)
      } catch {
        // A line torn by a crash mid-append is skipped; the rest stays readable.
      }
    }
    return [...logins].sort()
  }

  private boardDir (boardId: string): string {
    return join(this.dir, safe(boardId))
  }

  private indexOf (boardId: string): string {
    return join(this.boardDir(boardId), 'index.json')
  }
}

function safe (name: string): string {
  return encodeURIComponent(name).replace(/\./g, '%2E')
}
