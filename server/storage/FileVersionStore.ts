import { appendFile, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gunzip as gunzipCallback, gzip as gzipCallback } from 'node:zlib'
import * as Y from 'yjs'
import type { VersionInfo } from '../../shared/review/versionModel'
import { updateChangesDoc } from '../sync/updateChangesDoc'
import { writeFileAtomic } from './atomicWrite'
import { collectAuthorMinutes, type AuthorEntry } from './authorMinutes'
import type { AuthorMinute, VersionStates, VersionStore } from './VersionStore'
import { VersionIdTaken } from './VersionIdTaken'

// On libuv's thread pool, not the event loop: a burst of automatic versions (one per board in its first
// edited hour) was seen to spend 0.2 s of a 10 s window compressing on the sync path (bench row e).
const gzip = promisify(gzipCallback)
const gunzip = promisify(gunzipCallback)

/**
 * `<data>/versions/<board>/`: `index.json` (the list), one gzip file per
 * version, and `authors.jsonl`, appended once per person per minute (and
 * again in that minute for each part of the documents they change first).
 *
 * A version file holds either the full Yjs states or, for most versions, only
 * what changed since the previous version (a Yjs update against its state
 * vector): applying the chain from the last full one gives the same document.
 * Every CHECKPOINT_EVERY-th version is full, so reading one applies at most
 * that many updates. Measured for a year of hourly versions of a 300-item
 * plan and a 60-page report: ~500 KiB per version with full states only, a
 * fraction of that with deltas (bench/versionStorage.ts).
 */
const CHECKPOINT_EVERY = 20

interface StoredVersion {
  plan: string
  report: string
  frozen?: string
  /** Set when plan/report are deltas on top of this version. */
  base?: string
}
export class FileVersionStore implements VersionStore {
  private readonly seenMinutes = new Map<string, { minute: number; parts: Set<string>; written: Promise<void> | null }>()
  /** Authorship lines of this turn, per board, written together (appendAuthorLine). */
  private readonly authorLines = new Map<string, { lines: string[]; written: Promise<void> }>()
  /** Boards whose folder exists (made here, or found by a write). */
  private readonly madeDirs = new Set<string>()
  /** The newest version's full states per board: the next delta is taken against them without reading the chain. */
  private readonly newest = new Map<string, { id: string; states: VersionStates }>()

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
    if (list.some(v => v.id === info.id)) throw new VersionIdTaken(info.id)
    const previous = list.at(-1)
    const cached = this.newest.get(boardId)
    const base = previous && list.length % CHECKPOINT_EVERY !== 0
      ? (cached?.id === previous.id ? cached.states : await this.load(boardId, previous.id))
      : null
    // A delta is only right on top of a state this one grew from; after a
    // restore from a backup (another lineage) the version is stored whole.
    const stored: StoredVersion = base && grewFrom(states.plan, base.plan) && grewFrom(states.report, base.report)
      ? {
          plan: toBase64(Y.diffUpdate(states.plan, Y.encodeStateVectorFromUpdate(base.plan))),
          report: toBase64(Y.diffUpdate(states.report, Y.encodeStateVectorFromUpdate(base.report))),
          frozen: states.frozen,
          base: previous!.id,
        }
      : { plan: toBase64(states.plan), report: toBase64(states.report), frozen: states.frozen }
    const payload = await gzip(Buffer.from(JSON.stringify(stored)))
    // The version's file first, then the index that lists it: a crash in between leaves an unlisted file, never a listed version without one.
    await writeFileAtomic(join(this.boardDir(boardId), `${safe(info.id)}.json.gz`), payload)
    await writeFileAtomic(this.indexOf(boardId), JSON.stringify([...list, { ...info, size: payload.length }], null, 1))
    this.newest.set(boardId, { id: info.id, states })
  }

  async load (boardId: string, versionId: string): Promise<VersionStates | null> {
    const data = await this.readStored(boardId, versionId)
    if (!data) return null
    const plan = Buffer.from(data.plan, 'base64')
    const report = Buffer.from(data.report, 'base64')
    if (!data.base) return { plan, report, frozen: data.frozen }
    const base = await this.load(boardId, data.base)
    if (!base) throw new Error(`Версия ${versionId} ссылается на отсутствующую версию ${data.base}`)
    return { plan: Y.mergeUpdates([base.plan, plan]), report: Y.mergeUpdates([base.report, report]), frozen: data.frozen }
  }

  private async readStored (boardId: string, versionId: string): Promise<StoredVersion | null> {
    let bytes: Buffer
    try {
      bytes = await readFile(join(this.boardDir(boardId), `${safe(versionId)}.json.gz`))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
    return JSON.parse((await gunzip(bytes)).toString('utf8')) as StoredVersion
  }

  recordAuthor (boardId: string, login: string, at: Date, parts: readonly string[] = []): Promise<void> {
    const minute = Math.floor(at.getTime() / 60_000)
    const key = `${boardId}\n${login}`
    const known = this.seenMinutes.get(key)
    const seen = known?.minute === minute ? known : { minute, parts: new Set<string>(), written: null }
    this.seenMinutes.set(key, seen)
    const fresh = parts.filter(part => !seen.parts.has(part))
    // A second edit in the same minute (of parts already on record) waits for
    // the first one's line: whoever asks who edited next (an automatic
    // version) must find it written. It is given that same promise, no new one.
    if (seen.written && fresh.length === 0) return seen.written
    for (const part of fresh) seen.parts.add(part)
    const line = JSON.stringify(fresh.length > 0 ? { login, minute, parts: fresh } : { login, minute }) + '\n'
    const previous = seen.written
    const written = (async () => {
      try {
        await this.appendAuthorLine(boardId, line)
        await previous
      } catch (error) {
        // Not on record: the next edit of this minute writes it again.
        if (this.seenMinutes.get(key) === seen) this.seenMinutes.delete(key)
        throw error
      }
    })()
    seen.written = written
    return written
  }

  /**
   * Appends to a board's authors.jsonl, with every line for that board of the
   * same event-loop turn in one write. At each new minute every (board,
   * person) pair writes a line: 2,000 of them at once at 2,000 connections,
   * each with its own mkdir, open and close, was seen as a burst of ~0.3 s in
   * the editing-window profile (bench row e).
   */
  private appendAuthorLine (boardId: string, line: string): Promise<void> {
    const pending = this.authorLines.get(boardId)
    if (pending) {
      pending.lines.push(line)
      return pending.written
    }
    const lines = [line]
    const written = (async () => {
      await new Promise(resolve => setImmediate(resolve))
      this.authorLines.delete(boardId)
      const file = join(this.boardDir(boardId), 'authors.jsonl')
      try {
        if (!this.madeDirs.has(boardId)) await mkdir(this.boardDir(boardId), { recursive: true })
        await appendFile(file, lines.join(''))
      } catch (error) {
        // The folder went away since (restored from a backup, say): make it again, once.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
        await mkdir(this.boardDir(boardId), { recursive: true })
        await appendFile(file, lines.join(''))
      }
      this.madeDirs.add(boardId)
    })()
    this.authorLines.set(boardId, { lines, written })
    return written
  }

  async changesBetween (boardId: string, from: Date | null, to: Date): Promise<AuthorMinute[]> {
    let text = ''
    try {
      text = await readFile(join(this.boardDir(boardId), 'authors.jsonl'), 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    const entries: AuthorEntry[] = []
    for (const line of text.split('\n')) {
      if (!line) continue
      try {
        entries.push(JSON.parse(line) as AuthorEntry)
      } catch {
        // A line torn by a crash mid-append is skipped; the rest stays readable.
      }
    }
    return collectAuthorMinutes(entries, from, to)
  }

  private boardDir (boardId: string): string {
    return join(this.dir, safe(boardId))
  }

  private indexOf (boardId: string): string {
    return join(this.boardDir(boardId), 'index.json')
  }
}

/** Whether `state` contains everything of `earlier` (so earlier + diff = state). */
function grewFrom (state: Uint8Array, earlier: Uint8Array): boolean {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, state)
  return !updateChangesDoc(doc, earlier)
}

function toBase64 (bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64')
}

function safe (name: string): string {
  return encodeURIComponent(name).replace(/\./g, '%2E')
}
