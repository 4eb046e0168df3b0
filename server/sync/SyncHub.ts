import * as Y from 'yjs'
import { CloseCode } from '../../shared/protocol/closeCodes'
import type { DocStore } from '../storage/DocStore'
import type { DocBus } from './DocBus'
import { DocRoom } from './DocRoom'
import type { SaveTiming } from './SaveScheduler'
import { SyncConnection } from './SyncConnection'
import { applyRevertibly, changeOnCopy, type ServerChangeResult } from './serverChange'
import { accessWrites, type Access, type Principal, type SyncSocket } from './SyncSocket'
import { agreedPlanGuard, type WriteGuard } from './writeGuard'
import { ConnectionCaps } from './ConnectionCaps'
import { UpdateRate } from './UpdateRate'
import { defaultSyncLimits, type SyncLimits } from './syncLimits'
import { errorMessage } from './messages'
import { MessageType, heartbeatMessage } from '../../shared/protocol/messageType'
import { SyncErrorCode, syncErrorMessages } from '../../shared/protocol/syncErrors'
import type { StorageHealthReport } from '../../shared/storageHealth'
import type { StorageHealth } from '../storage/StorageHealth'
import { UnsavedBytes } from './UnsavedBytes'
import { DomainError } from '../errors/DomainError'
import { ErrorCode } from '../../shared/errors'

export interface SyncHubOptions extends SaveTiming {
  /** How long a document stays in memory after its last connection leaves. */
  unloadDelayMs: number
  log: (message: string) => void
  /** Called after a client's update changed a document (authorship, automatic versions). */
  onAuthored?: (principal: Principal, docName: string, parts: string[]) => void
  /** Called once a document has been saved and dropped from memory. */
  onUnloaded?: (docName: string) => void
  /** Limits of the sync path; defaults from syncLimits.ts. */
  limits?: Partial<SyncLimits>
  /** Other instances serving the same documents (none by default). */
  bus?: DocBus
  /** Whether the store writes (fed by the store's wrapper, see watchedDocStore.ts); for retries and the health check. */
  storage?: StorageHealth
}

/** What the transport calls back into for one connection. */
export interface ConnectionHandle {
  message (data: Uint8Array): void
  closed (): void
}

type Slot =
  | { state: 'loading'; ready: Promise<DocRoom | null> }
  | { state: 'open'; room: DocRoom; unloadTimer: NodeJS.Timeout | null }
  | { state: 'unloading'; done: Promise<void> }

/**
 * Keeps one DocRoom per document in memory while anyone is connected:
 * loads on first connection, saves and unloads a while after the last one
 * leaves. Knows nothing of HTTP or WebSockets (see SyncSocket).
 */
export class SyncHub {
  private readonly slots = new Map<string, Slot>()
  private readonly connections = new Set<SyncConnection>()
  private shuttingDown = false
  readonly limits: SyncLimits
  private readonly caps: ConnectionCaps
  /** One rate per person with open connections, shared by them. */
  private readonly userRates = new Map<string, { rate: UpdateRate; connections: number }>()
  /** What all rooms hold unwritten, bounded (syncLimits.maxUnsavedBytes). */
  private readonly unsaved: UnsavedBytes

  constructor (private readonly store: DocStore, private readonly options: SyncHubOptions) {
    this.limits = { ...defaultSyncLimits, ...options.limits }
    this.caps = new ConnectionCaps(this.limits)
    this.unsaved = new UnsavedBytes(this.limits.maxUnsavedBytes)
    // One document written again means the disk writes: the others need not wait out their pause.
    options.storage?.onChange(failing => {
      if (failing) return
      for (const slot of this.slots.values()) if (slot.state === 'open') slot.room.retrySaveNow()
    })
  }

  connect (socket: SyncSocket, docName: string, principal: Principal, canWrite: boolean, writeGuard: WriteGuard | null = null): ConnectionHandle {
    const conn = new SyncConnection(socket, principal, canWrite, this.limits, writeGuard)
    const place = this.caps.take(principal)
    if (!place.ok) {
      this.options.log(`Соединение ${principal.login} с ${docName} отклонено: превышен предел соединений (${place.cap})`)
      conn.send(errorMessage(SyncErrorCode.tooManyConnections, syncErrorMessages.too_many_connections))
      conn.close(CloseCode.tooManyConnections, SyncErrorCode.tooManyConnections)
      return { message: () => {}, closed: () => {} }
    }
    this.connections.add(conn)
    conn.userRate = this.takeUserRate(principal.login)
    let room: DocRoom | null = null
    const early: Uint8Array[] = []
    let earlyBytes = 0
    void this.openRoom(docName).then(opened => {
      if (conn.closed) {
        if (opened) this.maybeUnload(docName, opened)
        return
      }
      if (!opened) {
        conn.close(CloseCode.documentUnavailable, 'document_unavailable')
        return
      }
      room = opened
      room.add(conn)
      for (const data of early.splice(0)) room.receive(conn, data)
    })
    let released = false
    return {
      message: data => {
        if (conn.closed) return
        if (data.byteLength === 1 && data[0] === MessageType.heartbeat) {
          // Answered at once, even while the document loads: it says the connection lives, nothing more.
          conn.send(heartbeatMessage)
          return
        }
        if (room) {
          room.receive(conn, data)
          return
        }
        earlyBytes += data.byteLength
        if (earlyBytes > this.limits.maxEarlyBytes) {
          conn.send(errorMessage(SyncErrorCode.rateLimited, syncErrorMessages.rate_limited))
          conn.close(CloseCode.tooManyUpdates, SyncErrorCode.rateLimited)
          early.length = 0
          return
        }
        early.push(data)
      },
      closed: () => {
        conn.closed = true
        if (!released) {
          released = true
          this.caps.release(principal)
          this.releaseUserRate(principal.login)
        }
        this.connections.delete(conn)
        if (room) {
          room.remove(conn)
          this.maybeUnload(docName, room)
        }
      },
    }
  }

  private takeUserRate (login: string): UpdateRate {
    let entry = this.userRates.get(login)
    if (!entry) {
      const { userUpdatesPerSecond, userUpdateBurst, updateGraceAfterWarning } = this.limits
      entry = { rate: new UpdateRate(userUpdatesPerSecond, userUpdateBurst, updateGraceAfterWarning), connections: 0 }
      this.userRates.set(login, entry)
    }
    entry.connections++
    return entry.rate
  }

  private releaseUserRate (login: string): void {
    const entry = this.userRates.get(login)
    if (entry && --entry.connections <= 0) this.userRates.delete(login)
  }

  /**
   * Re-checks every open connection after a change of roles, memberships,
   * sessions or accounts, so the change takes effect on connections already open.
   */
  reauthorize (accessOf: (principal: Principal) => Access): void {
    for (const conn of this.connections) {
      const access = accessOf(conn.principal)
      if (access === 'unauthenticated') conn.close(CloseCode.unauthorized, 'unauthorized')
      else if (access === 'none') conn.close(CloseCode.forbidden, 'forbidden')
      else {
        conn.canWrite = accessWrites(access) && conn.principal.docWritable
        conn.writeGuard = guardFor(access)
      }
    }
  }

  /**
   * A copy of a document's current state: from memory when it is loaded
   * (so it includes edits not yet written), otherwise from the store.
   * Null when the stored state is damaged.
   */
  async snapshot (name: string): Promise<Y.Doc | null> {
    const slot = this.slots.get(name)
    const copy = new Y.Doc()
    if (slot?.state === 'open') {
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(slot.room.doc))
      return copy
    }
    const loaded = await this.store.load(name)
    if (!loaded.ok) return null
    if (loaded.state) Y.applyUpdate(copy, loaded.state)
    return copy
  }

  /**
   * Changes a document on the server's side (an import, a restore of a
   * version): through the loaded room, so everyone connected sees it at once
   * and nothing of theirs is overwritten; written before this resolves.
   * Answers the parts it changed (for authorship), or null when the stored
   * document is unreadable.
   */
  async change (name: string, apply: (doc: Y.Doc) => void): Promise<string[] | null> {
    const result = await this.write(name, apply)
    if (result.ok) return result.parts
    if (result.error === 'unavailable') return null
    // An expected failure (full disk, read-only folder): the request answers 503 not_saved, the change is taken back.
    if (result.error === 'not_saved') throw new DomainError(ErrorCode.notSaved)
    throw new Error(`Документ ${name} не изменён: ${result.detail}`)
  }

  /**
   * The same as change(), answering what actually happened: the change is
   * made on a copy first (a change that fails leaves the live document as it
   * was), and if the disk refuses it, it is taken back for everyone, so a
   * request that fails never shows up later and one that succeeds is on disk.
   */
  async write (name: string, apply: (doc: Y.Doc) => void): Promise<ServerChangeResult> {
    const room = await this.openRoom(name)
    if (!room) return { ok: false, error: 'unavailable' }
    try {
      // Its own origin: a revert takes back this change only, not another request's made meanwhile.
      const origin: ServerOrigin = { server: true }
      let update: Uint8Array | null
      try {
        update = changeOnCopy(room.doc, apply, origin, room.writerId)
      } catch (error) {
        this.options.log(`Изменение документа ${name} на сервере не выполнено: ${String(error)}`)
        return { ok: false, error: 'rejected', detail: String(error) }
      }
      if (!update) return { ok: true, parts: [] }
      const { result: applied, parts } = room.partsTouchedBy(() => applyRevertibly(room.doc, update, origin))
      try {
        await room.flush()
      } catch (error) {
        applied.revert()
        this.options.log(`Изменение документа ${name} не записано на диск и отменено: ${String(error)}`)
        return { ok: false, error: 'not_saved', detail: String(error) }
      }
      applied.release()
      return { ok: true, parts }
    } finally {
      this.maybeUnload(name, room)
    }
  }

  /** Bytes of updates a loaded document holds waiting for structs never received (0 when not loaded). */
  pendingBytes (name: string): number {
    const slot = this.slots.get(name)
    return slot?.state === 'open' ? slot.room.pendingBytes() : 0
  }

  /** What is in memory right now (the soak watches it stay flat). */
  stats (): { documents: number; connections: number; awarenessStates: number } {
    let awarenessStates = 0
    let documents = 0
    for (const slot of this.slots.values()) {
      if (slot.state !== 'open') continue
      documents++
      awarenessStates += slot.room.awareness.getStates().size
    }
    return { documents, connections: this.connections.size, awarenessStates }
  }

  /** The store's health with what is held unwritten in memory (GET /api/health). */
  storageReport (): StorageHealthReport {
    const failure = this.options.storage?.failing ?? null
    let unsavedDocuments = 0
    for (const slot of this.slots.values()) if (slot.state === 'open' && slot.room.saveFailing) unsavedDocuments++
    const held = { unsavedDocuments, unsavedBytes: this.unsaved.bytes }
    if (!failure) return { ok: true, failedWrites: 0, ...held }
    return { ok: false, since: new Date(failure.since).toISOString(), error: failure.code, message: failure.message, failedWrites: failure.failedWrites, ...held }
  }

  /** Names of the documents loaded right now. */
  loadedDocuments (): string[] {
    return [...this.slots.entries()].filter(([, slot]) => slot.state === 'open').map(([name]) => name)
  }

  /** Saves every loaded document and closes every connection (on SIGTERM). */
  async shutdown (): Promise<void> {
    this.shuttingDown = true
    for (const conn of this.connections) conn.close(CloseCode.serverShutdown, 'server_shutdown')
    const rooms: DocRoom[] = []
    for (const slot of this.slots.values()) {
      if (slot.state === 'loading') {
        const room = await slot.ready
        if (room) rooms.push(room)
      } else if (slot.state === 'open') {
        if (slot.unloadTimer) clearTimeout(slot.unloadTimer)
        rooms.push(slot.room)
      } else {
        await slot.done
      }
    }
    const results = await Promise.allSettled(rooms.map(room => room.flush()))
    for (const room of rooms) room.destroy()
    this.slots.clear()
    const failed = results.filter(result => result.status === 'rejected')
    if (failed.length > 0) throw new Error(`Не удалось сохранить ${failed.length} документ(а) при остановке`)
  }

  /**
   * Checks that every stored document can be read, so that damage is reported
   * at start (with the file) rather than when someone opens the board.
   */
  async checkStoredDocuments (): Promise<string[]> {
    const problems: string[] = []
    for (const name of await this.store.list()) {
      const loaded = await this.store.load(name)
      if (!loaded.ok) {
        problems.push(loaded.error.message)
        continue
      }
      if (loaded.state && !decodes(loaded.state)) problems.push(`Документ ${name} не читается как данные Yjs`)
    }
    return problems
  }

  private async openRoom (name: string): Promise<DocRoom | null> {
    for (;;) {
      if (this.shuttingDown) return null
      const slot = this.slots.get(name)
      if (!slot) break
      if (slot.state === 'open') {
        if (slot.unloadTimer) clearTimeout(slot.unloadTimer)
        slot.unloadTimer = null
        return slot.room
      }
      if (slot.state === 'loading') return slot.ready
      await slot.done
    }
    const ready = this.load(name)
    this.slots.set(name, { state: 'loading', ready })
    const room = await ready
    if (room) this.slots.set(name, { state: 'open', room, unloadTimer: null })
    else this.slots.delete(name)
    return room
  }

  private async load (name: string): Promise<DocRoom | null> {
    const loaded = await this.store.load(name)
    if (!loaded.ok) {
      // Never serve an empty document over damaged data: the next save would make the loss permanent.
      this.options.log(loaded.error.message)
      return null
    }
    try {
      return new DocRoom(name, loaded.state, this.store, this.options, this.options.log, (principal, parts) => this.options.onAuthored?.(principal, name, parts), this.limits, this.options.bus, this.unsaved)
    } catch (error) {
      this.options.log(`Документ ${name} не читается: ${String(error)}`)
      return null
    }
  }

  private maybeUnload (name: string, room: DocRoom): void {
    const slot = this.slots.get(name)
    if (!slot || slot.state !== 'open' || slot.room !== room || room.connections.size > 0) return
    if (slot.unloadTimer) clearTimeout(slot.unloadTimer)
    slot.unloadTimer = setTimeout(() => {
      if (room.connections.size > 0 || this.slots.get(name) !== slot) return
      if (room.saveFailing) {
        // Its changes exist only here while the disk refuses them: it stays, and retries on its own.
        this.maybeUnload(name, room)
        return
      }
      const done = room.flush().then(
        () => {
          room.destroy()
          this.slots.delete(name)
          this.options.onUnloaded?.(name)
        },
        error => {
          // Keep it in memory rather than lose what is unsaved; try again later.
          this.options.log(`Документ ${name} не сохранён при выгрузке: ${String(error)}`)
          this.slots.set(name, { state: 'open', room, unloadTimer: null })
          this.maybeUnload(name, room)
        })
      this.slots.set(name, { state: 'unloading', done })
    }, this.options.unloadDelayMs)
  }
}

/** The origin of one change of the server's own (not a connection: no authorship, no «saved» counting). */
interface ServerOrigin { server: true }

/** What checks each update of a connection with this access. */
export function guardFor (access: Access): WriteGuard | null {
  return access === 'fact' ? agreedPlanGuard : null
}

function decodes (state: Uint8Array): boolean {
  try {
    Y.applyUpdate(new Y.Doc(), state)
    return true
  } catch {
    return false
  }
}
