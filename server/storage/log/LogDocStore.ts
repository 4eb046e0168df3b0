import { mkdir, open, readFile, readdir, truncate, unlink, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import * as Y from 'yjs'
import type { DocLoadResult, DocStore } from '../DocStore'
import { FileDocStore } from '../FileDocStore'
import { LogRecordKind, encodeLogRecord, readLogRecords, type LogRecord } from './logRecord'
import { foldUpdates } from './foldUpdates'
import { FoldThread } from './foldInWorker'
import { syncDir } from './syncDir'

/**
 * Documents as a snapshot file each (FileDocStore, as before) plus one log of
 * what changed since, shared by all documents.
 *
 * Why: rewriting a document's whole state on every save costs CPU and disk in
 * proportion to document size × save rate, which is what limited a server with
 * hundreds of open boards. Here every accepted update is appended to the log,
 * and all appends that arrive while the previous write is in flight or within
 * COMMIT_INTERVAL_MS of its start go out together as one write and one fsync
 * (group commit), however many documents they belong to. An append resolves
 * only after that fsync, so «Сохранено» still means on disk. A document's
 * records are folded into its snapshot in the background (after
 * COMPACT_UPDATES updates or COMPACT_BYTES bytes, when it is unloaded, and when
 * its log segment is closed), and a closed segment that no document needs any
 * more is deleted.
 *
 * Written here rather than taken from an embedded engine: the format is a few
 * dozen lines (logRecord.ts), the snapshots stay the files older versions wrote
 * (an existing data folder opens as it is), and no native module has to build.
 */
export interface LogDocStoreOptions {
  /** Fold a document's log into its snapshot after this many updates… */
  compactUpdates?: number
  /** …or this many bytes of them. */
  compactBytes?: number
  /** Start a new log file when the current one reaches this size. */
  segmentBytes?: number
  /** At most one write (and fsync) per this many milliseconds; see COMMIT_INTERVAL_MS. */
  commitIntervalMs?: number
  log?: (message: string) => void
  /**
   * Read what is stored without changing any file (no cut tail, no compaction,
   * no new segment): for looking at the folder of a running server. Writes are refused.
   */
  readOnly?: boolean
}

const COMPACT_UPDATES = 500
const COMPACT_BYTES = 1024 * 1024
const SEGMENT_BYTES = 16 * 1024 * 1024
const SEGMENT_EXTENSION = '.wal'
/**
 * Group commit waits this long after the last write began before the next one
 * (as PostgreSQL's commit_delay). Writing again as soon as the previous fsync
 * returned made ~400 fsyncs a second of 2–3 records each at 2,000 connections
 * (bench row e), and the fsyncs — each one the file's pages and its inode
 * written out in this process — were a third of the server's CPU there: 37 %
 * against 24–26 % with a 20 ms interval (bench/README.md). 50 ms rather than
 * 20: with 50 people typing in one document (row b) the server's CPU was
 * 17–19 % at 20 ms and 12 % at 50 (the reference servers 10–11 %), the delay
 * of what the others see unchanged. Only «Сохранено» waits for it, never what
 * the others see. A write that comes later than that after the previous one
 * (one person typing: keystrokes 70 ms and more apart) does not wait at all.
 */
const COMMIT_INTERVAL_MS = 50
/**
 * A document with fewer bytes and records than these is folded on the
 * server's own thread (well under a millisecond, less than the trip to the
 * worker thread and back); any other on the worker (foldInWorker.ts). Bytes
 * alone were not the measure: the 50-editor bench document, 50 KB in 500
 * records, took 12.5 ms to fold. The 2,000-connection bench folds nothing
 * while editing and never starts the thread.
 */
const FOLD_IN_WORKER_BYTES = 16 * 1024
const FOLD_IN_WORKER_RECORDS = 64
/** How often a read-only replay starts again when the running server deletes a log file under it. */
const READ_ONLY_ATTEMPTS = 5

interface TailUpdate { seq: number; segment: number; payload: Uint8Array }

/** What the log holds for one document beyond its snapshot. */
interface Tail {
  /** Where the state starts: the snapshot file, `base` (a reset), or nothing (removed). */
  start: 'snapshot' | 'reset' | 'removed'
  base: Uint8Array | null
  /** The record that set `start` when it is not the snapshot. */
  baseSeq: number
  baseSegment: number
  updates: TailUpdate[]
  bytes: number
}

interface Pending {
  record: LogRecord
  bytes: Buffer
  resolve: () => void
  reject: (error: unknown) => void
}

export class LogDocStore implements DocStore {
  private readonly snapshots: FileDocStore
  private readonly tails = new Map<string, Tail>()
  /** Which documents still need records of each segment (sealed segments with none are deleted). */
  private readonly segmentNeeds = new Map<number, Set<string>>()
  private active: FileHandle | null = null
  private activeId = 0
  private activeSize = 0
  private nextSeq = 1
  private rotateBeforeNextWrite = false
  private queue: Pending[] = []
  private writing: Promise<void> | null = null
  /** When the latest log write began (performance.now()). */
  private lastWriteAt = -Infinity
  /** Ends the commit interval's wait at once (closing: nothing more is coming to join the write). */
  private wakeWriter: (() => void) | null = null
  private closing = false
  private readonly toCompact = new Set<string>()
  private compacting: Promise<void> | null = null
  private closed = false
  private writes = 0
  private records = 0
  private injectedFailure: Error | null = null
  private injectedFailures: Error | null = null
  /** Compaction has failed and said so; logged again only after it worked once more. */
  private compactionFailing = false
  private readonly foldThread = new FoldThread()
  /** The fold thread failed and this store folds on its own thread: said once. */
  private foldThreadFailed = false
  private foldsOnWorker = 0
  private readonly options: Required<LogDocStoreOptions>

  private constructor (snapshotDir: string, private readonly logDir: string, options: LogDocStoreOptions) {
    this.snapshots = new FileDocStore(snapshotDir)
    this.options = {
      compactUpdates: options.compactUpdates ?? COMPACT_UPDATES,
      compactBytes: options.compactBytes ?? COMPACT_BYTES,
      segmentBytes: options.segmentBytes ?? SEGMENT_BYTES,
      commitIntervalMs: options.commitIntervalMs ?? COMMIT_INTERVAL_MS,
      log: options.log ?? (() => {}),
      readOnly: options.readOnly ?? false,
    }
  }

  /**
   * Opens the store, replaying the log. A record cut short by a crash (the tail
   * of the last write) is cut off; damage anywhere else refuses to open, naming
   * the file, because skipping it would silently lose acknowledged edits.
   */
  static async open (snapshotDir: string, logDir: string, options: LogDocStoreOptions = {}): Promise<LogDocStore> {
    for (let attempt = 1; ; attempt++) {
      const store = new LogDocStore(snapshotDir, logDir, options)
      try {
        await store.replay()
        return store
      } catch (error) {
        // Read-only beside a running server (the CLI): a log file it listed may be folded into the snapshots and
        // deleted before it is read. The snapshots are written before the file goes, so reading again from the
        // listing gives the whole state (records read twice are merged once by Yjs).
        const vanished = (error as NodeJS.ErrnoException).code === 'ENOENT'
        if (!options.readOnly || !vanished || attempt >= READ_ONLY_ATTEMPTS) throw error
      }
    }
  }

  /** The store of a data folder: snapshots in `docs/` (where earlier versions kept each document), the log in `log/`. */
  static openFolder (dataDir: string, options: LogDocStoreOptions = {}): Promise<LogDocStore> {
    return LogDocStore.open(join(dataDir, 'docs'), join(dataDir, 'log'), options)
  }

  async load (name: string): Promise<DocLoadResult> {
    const tail = this.tails.get(name)
    // A damaged snapshot is refused even when the log could rebuild the state
    // without it: the administrator must see it, and no save may silently replace it.
    const loaded = await this.snapshots.loadSnapshot(name)
    if (!loaded.ok) return loaded
    const start = !tail || tail.start === 'snapshot' ? loaded.snapshot?.state ?? null : tail.base
    const updates = tail?.updates.map(update => update.payload) ?? []
    if (updates.length === 0) return { ok: true, state: start }
    return { ok: true, state: Y.mergeUpdates(start ? [start, ...updates] : updates) }
  }

  append (name: string, update: Uint8Array): Promise<void> {
    return this.enqueue(LogRecordKind.update, name, update)
  }

  save (name: string, state: Uint8Array): Promise<void> {
    return this.enqueue(LogRecordKind.reset, name, state)
  }

  remove (name: string): Promise<void> {
    return this.enqueue(LogRecordKind.remove, name, new Uint8Array(0))
  }

  async list (): Promise<string[]> {
    const names = new Set(await this.snapshots.list())
    for (const [name, tail] of this.tails) {
      if (tail.start === 'removed' && tail.updates.length === 0) names.delete(name)
      else names.add(name)
    }
    return [...names].sort()
  }

  /** Folds a document's log into its snapshot soon (it was unloaded: nobody is typing in it). */
  async compact (name: string): Promise<void> {
    if (this.options.readOnly) return
    if (this.tails.has(name)) this.toCompact.add(name)
    // A run already past its queue check would end without this name: wait for the one that takes it.
    do await this.compactPending()
    while (this.toCompact.has(name) && !this.closed)
  }

  /**
   * Waits for writes in flight, folds every document's log into its snapshot
   * (so a stopped server leaves one file per document, as before) and closes.
   */
  async close (): Promise<void> {
    if (this.closed) return
    this.closing = true
    this.wakeWriter?.()
    while (this.writing || this.compacting) {
      await this.writing
      await this.compacting
    }
    if (!this.options.readOnly) {
      for (const name of this.tails.keys()) this.toCompact.add(name)
      await this.compactPending()
    }
    this.closed = true
    await this.foldThread.close()
    await this.active?.close()
    this.active = null
  }

  /**
   * Counters for tests and benchmarks: log writes (each one fsync), records written, records not yet folded,
   * folds done on the worker thread.
   */
  stats (): { writes: number; records: number; uncompactedRecords: number; foldsOnWorker: number } {
    let uncompactedRecords = 0
    for (const tail of this.tails.values()) uncompactedRecords += tail.updates.length + (tail.start === 'snapshot' ? 0 : 1)
    return { writes: this.writes, records: this.records, uncompactedRecords, foldsOnWorker: this.foldsOnWorker }
  }

  /** Fault injection for tests: the next log write fails with this error, as a full disk would. */
  failNextWrite (error: Error): void {
    this.injectedFailure = error
  }

  /** Fault injection for tests: every log write fails with this error until called with null. */
  failWrites (error: Error | null): void {
    this.injectedFailures = error
  }

  /** Log files on disk (tests and the administrator). */
  async segments (): Promise<string[]> {
    return (await this.segmentIds()).map(id => this.segmentPath(id))
  }

  private enqueue (kind: LogRecordKind, name: string, payload: Uint8Array): Promise<void> {
    if (this.closed || this.options.readOnly) return Promise.reject(new Error('Хранилище документов закрыто для записи'))
    const record: LogRecord = { seq: this.nextSeq++, kind, name, payload }
    return new Promise((resolve, reject) => {
      this.queue.push({ record, bytes: encodeLogRecord(record), resolve, reject })
      // Everything queued before the current write finishes goes out with the next one.
      this.writing ??= this.writeQueued()
    })
  }

  private async writeQueued (): Promise<void> {
    while (await this.untilNextWrite(), this.queue.length > 0) {
      const batch = this.queue
      this.queue = []
      this.lastWriteAt = performance.now()
      try {
        if (!this.active || this.rotateBeforeNextWrite || this.activeSize >= this.options.segmentBytes) await this.rotate()
        const bytes = Buffer.concat(batch.map(item => item.bytes))
        const failure = this.injectedFailure ?? this.injectedFailures
        if (failure) {
          this.injectedFailure = null
          // Half of it reaches the file, as when the disk fills up mid-write.
          await this.active!.write(bytes, 0, bytes.length >> 1, null)
          throw failure
        }
        await writeFully(this.active!, bytes)
        await this.active!.datasync()
        this.activeSize += bytes.length
        this.writes++
        this.records += batch.length
      } catch (error) {
        // Nothing of a failed batch is acknowledged, and nothing of it may stay
        // in the file: a record torn there, with later ones written after it,
        // would read as damage (or hide them as a torn tail). Cut it off; if
        // even that fails, never write after it: the next write starts a new
        // segment, so that part stays the torn tail of a closed one.
        if (!await this.cutBack()) this.rotateBeforeNextWrite = true
        for (const item of batch) item.reject(error)
        continue
      }
      for (const item of batch) {
        try {
          await this.apply(item.record, this.activeId)
          item.resolve()
        } catch (error) {
          item.reject(error)
        }
      }
    }
    this.writing = null
  }

  /**
   * At least until the next turn (every room that changed in this one queues its append first), and
   * until the commit interval since the previous write has passed.
   */
  private untilNextWrite (): Promise<void> {
    const wait = this.closing ? 0 : this.lastWriteAt + this.options.commitIntervalMs - performance.now()
    return new Promise(resolve => {
      if (wait < 1) {
        setImmediate(resolve)
        return
      }
      const wake = () => {
        clearTimeout(timer)
        this.wakeWriter = null
        resolve()
      }
      const timer = setTimeout(wake, wait)
      this.wakeWriter = wake
    })
  }

  /** Cuts the active segment back to its durable end after a failed write; false when it could not. */
  private async cutBack (): Promise<boolean> {
    if (!this.active) return false
    try {
      await this.active.truncate(this.activeSize)
      return true
    } catch {
      return false
    }
  }

  /** Takes a durable record into the in-memory view of the log. */
  private async apply (record: LogRecord, segment: number): Promise<void> {
    const tail = this.take(record, segment)
    // An update only adds its segment to what the tail already needs; counting the whole tail again
    // (up to COMPACT_UPDATES records) for every append was seen in the 2,000-connection profile.
    if (record.kind === LogRecordKind.update) this.need(segment, record.name)
    else this.recountNeeds(record.name)
    if (record.kind === LogRecordKind.remove) {
      await this.snapshots.remove(record.name)
      this.scheduleCompaction(record.name)
    } else if (tail.updates.length >= this.options.compactUpdates || tail.bytes >= this.options.compactBytes) {
      this.scheduleCompaction(record.name)
    }
  }

  /** Adds a record to its document's tail: an update after what is there, a reset or removal instead of it. */
  private take (record: LogRecord, segment: number): Tail {
    if (record.kind === LogRecordKind.update) {
      const tail = this.tails.get(record.name) ?? { start: 'snapshot' as const, base: null, baseSeq: 0, baseSegment: 0, updates: [], bytes: 0 }
      tail.updates.push({ seq: record.seq, segment, payload: record.payload })
      tail.bytes += record.payload.length
      this.tails.set(record.name, tail)
      return tail
    }
    const tail: Tail = {
      start: record.kind === LogRecordKind.reset ? 'reset' : 'removed',
      base: record.kind === LogRecordKind.reset ? record.payload : null,
      baseSeq: record.seq,
      baseSegment: segment,
      updates: [],
      bytes: record.payload.length,
    }
    this.tails.set(record.name, tail)
    return tail
  }

  private scheduleCompaction (name: string): void {
    this.toCompact.add(name)
    setImmediate(() => { void this.compactPending() })
  }

  private compactPending (): Promise<void> {
    this.compacting ??= (async () => {
      while (this.toCompact.size > 0 && !this.closed) {
        const [name] = this.toCompact
        this.toCompact.delete(name)
        try {
          await this.compactOne(name)
          this.compactionFailing = false
        } catch (error) {
          // Nothing is lost (the log still holds it), and on a full disk every
          // document would fail alike: said once until compaction works again.
          if (!this.compactionFailing) {
            this.options.log(`Не удалось свернуть журнал документа ${name} в снимок: ${(error as Error).message}. Записи остаются в журнале; свёртка повторится позже.`)
          }
          this.compactionFailing = true
        }
      }
      await this.deleteUnneededSegments()
    })().finally(() => { this.compacting = null })
    return this.compacting
  }

  private async compactOne (name: string): Promise<void> {
    const tail = this.tails.get(name)
    if (!tail) return
    const upTo = Math.max(tail.baseSeq, ...tail.updates.map(update => update.seq))
    // Taken now: records appended while the snapshot is read belong to the next fold.
    const updates = tail.updates.map(update => update.payload)
    const base = tail.base
    if (tail.start === 'removed' && tail.updates.length === 0) {
      await this.snapshots.remove(name)
    } else {
      const loaded = await this.snapshots.loadSnapshot(name)
      if (!loaded.ok) throw new Error(loaded.error.message)
      const start = tail.start === 'snapshot' ? loaded.snapshot?.state ?? null : base
      const state = await this.fold(start, updates)
      await this.snapshots.saveSnapshot(name, state, upTo)
    }
    // Records that arrived while the snapshot was written stay in the tail.
    const now = this.tails.get(name)
    if (!now) return
    if (now.baseSeq > upTo) {
      if (now.start === 'removed') await this.snapshots.remove(name)
      now.updates = now.updates.filter(update => update.seq > upTo)
    } else {
      now.start = 'snapshot'
      now.base = null
      now.baseSeq = 0
      now.updates = now.updates.filter(update => update.seq > upTo)
    }
    now.bytes = now.updates.reduce((sum, update) => sum + update.payload.length, 0)
    if (now.start === 'snapshot' && now.updates.length === 0) this.tails.delete(name)
    this.recountNeeds(name)
  }

  private async fold (start: Uint8Array | null, updates: Uint8Array[]): Promise<Uint8Array> {
    const bytes = updates.reduce((sum, update) => sum + update.byteLength, start?.byteLength ?? 0)
    const small = bytes < FOLD_IN_WORKER_BYTES && updates.length < FOLD_IN_WORKER_RECORDS
    // Closing, nobody is connected any more: starting a thread would only make the stop slower.
    const stopping = this.closing && !this.foldThread.running
    if (updates.length === 0 || small || stopping || this.foldThreadFailed) return foldUpdates(start, updates)
    try {
      const state = await this.foldThread.fold(start, updates)
      this.foldsOnWorker++
      return state
    } catch (error) {
      // A thread that cannot start (no memory for one, a file missing) must not stop compaction: the
      // log would grow without end. Folded here instead, and said once.
      this.foldThreadFailed = true
      this.options.log(`Поток свёртки журнала не работает (${(error as Error).message}): документы сворачиваются в основном потоке сервера.`)
      return foldUpdates(start, updates)
    }
  }

  private need (segment: number, name: string): void {
    let names = this.segmentNeeds.get(segment)
    if (!names) this.segmentNeeds.set(segment, names = new Set())
    names.add(name)
  }

  private recountNeeds (name: string): void {
    for (const names of this.segmentNeeds.values()) names.delete(name)
    const tail = this.tails.get(name)
    if (!tail) return
    if (tail.start !== 'snapshot') this.need(tail.baseSegment, name)
    for (const update of tail.updates) this.need(update.segment, name)
  }

  private async deleteUnneededSegments (): Promise<void> {
    let deleted = false
    for (const id of await this.segmentIds()) {
      // Only sealed segments (named before the active one). A file named after it is the next
      // segment, created by a rotation still in progress: deleting it would send every record
      // written from then on, acknowledged ones included, into a file that no longer exists.
      if (id >= this.activeId || (this.segmentNeeds.get(id)?.size ?? 0) > 0) continue
      await unlink(this.segmentPath(id)).catch(() => {})
      this.segmentNeeds.delete(id)
      deleted = true
    }
    if (deleted) await syncDir(this.logDir)
  }

  /** Closes the current log file and starts the next, named after the first sequence number it may hold. */
  private async rotate (): Promise<void> {
    await mkdir(this.logDir, { recursive: true })
    const id = this.nextSeq
    const file = await open(this.segmentPath(id), 'a', 0o600)
    await syncDir(this.logDir)
    const sealed = this.activeId
    await this.active?.close().catch(() => {})
    this.active = file
    this.activeId = id
    this.activeSize = 0
    this.rotateBeforeNextWrite = false
    // The closed segment can go once every document it holds records of is folded into a snapshot.
    for (const name of this.segmentNeeds.get(sealed) ?? []) this.toCompact.add(name)
    if (sealed !== 0) setImmediate(() => { void this.compactPending() })
  }

  private async replay (): Promise<void> {
    const readOnly = this.options.readOnly
    if (!readOnly) await mkdir(this.logDir, { recursive: true })
    const ids = await this.segmentIds()
    let maxSeq = 0
    for (const id of ids) {
      const path = this.segmentPath(id)
      const bytes = await readFile(path)
      const read = readLogRecords(bytes)
      if (!read.ok) {
        throw new Error(`Журнал документов повреждён (${read.problem}, смещение ${read.offset}): ${path}. Файл оставлен на месте; восстановите его из резервной копии.`)
      }
      if (read.end < bytes.length && !readOnly) {
        this.options.log(`Журнал ${path}: отрезан недописанный хвост (${bytes.length - read.end} байт), записанное до него цело.`)
        await truncate(path, read.end)
      }
      for (const record of read.records) {
        maxSeq = Math.max(maxSeq, record.seq)
        this.take(record, id)
      }
    }
    // What a snapshot already holds does not count again (a crash between the snapshot and deleting the segment).
    for (const [name, tail] of [...this.tails]) {
      const loaded = await this.snapshots.loadSnapshot(name)
      const snapshotSeq = loaded.ok ? loaded.snapshot?.seq ?? 0 : 0
      if (tail.start !== 'snapshot' && tail.baseSeq <= snapshotSeq) {
        tail.start = 'snapshot'
        tail.base = null
        tail.baseSeq = 0
      }
      if (tail.start === 'removed' && loaded.ok && loaded.snapshot && !readOnly) await this.snapshots.remove(name)
      tail.updates = tail.updates.filter(update => update.seq > snapshotSeq)
      tail.bytes = tail.updates.reduce((sum, update) => sum + update.payload.length, 0)
      if (tail.start === 'snapshot' && tail.updates.length === 0) this.tails.delete(name)
      this.recountNeeds(name)
    }
    const newest = ids.at(-1) ?? 0
    this.nextSeq = Math.max(maxSeq + 1, newest, 1)
    if (readOnly) return
    await this.rotate()
    for (const id of ids) for (const name of this.segmentNeeds.get(id) ?? []) this.toCompact.add(name)
    await this.compactPending()
  }

  private async segmentIds (): Promise<number[]> {
    let files: string[]
    try {
      files = await readdir(this.logDir)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
    return files
      .filter(file => /^\d+\.wal$/.test(file))
      .map(file => Number(file.slice(0, -SEGMENT_EXTENSION.length)))
      .sort((a, b) => a - b)
  }

  private segmentPath (id: number): string {
    return join(this.logDir, String(id).padStart(16, '0') + SEGMENT_EXTENSION)
  }
}

/**
 * Writes all of `bytes`: on a disk that fills up, write(2) first stores what
 * fits and reports the shorter count without an error (only the next call
 * fails with ENOSPC), and a batch taken as written after a short write would
 * be acknowledged while its end is not on disk.
 */
async function writeFully (file: FileHandle, bytes: Buffer): Promise<void> {
  for (let offset = 0; offset < bytes.length;) {
    const { bytesWritten } = await file.write(bytes, offset, bytes.length - offset, null)
    if (bytesWritten <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
    offset += bytesWritten
  }
}
