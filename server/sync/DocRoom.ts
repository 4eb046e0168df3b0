import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import * as syncProtocol from 'y-protocols/sync'
import * as awarenessProtocol from 'y-protocols/awareness'
import { MessageType } from '../../shared/protocol/messageType'
import { CloseCode } from '../../shared/protocol/closeCodes'
import { ErrorCode, errorMessages } from '../../shared/errors'
import type { DocStore } from '../storage/DocStore'
import { BUS_ORIGIN, localBus, type BusChannel, type DocBus } from './DocBus'
import { awarenessMessage, errorMessage, notSavedMessage, savedMessage, syncStep1Message, syncStep2Message, updateMessage } from './messages'
import { SaveScheduler, type SaveTiming } from './SaveScheduler'
import type { SyncConnection } from './SyncConnection'
import { stampAwareness } from './stampAwareness'
import { updateChangesDoc } from './updateChangesDoc'
import { newWriterId } from './serverChange'
import { defaultSyncLimits, type SyncLimits } from './syncLimits'
import { SyncErrorCode, syncErrorMessages } from '../../shared/protocol/syncErrors'
import { checkIncomingUpdate, pendingBytes } from './updateGuards'
import { UnsavedBytes } from './UnsavedBytes'
import { isStorageError, storageErrorCode, storageErrorMessage } from '../storage/storageErrorMessage'
import { touchedParts } from '../../shared/review/touchedParts'

/**
 * One loaded document: its Y.Doc and awareness, shared by all connections.
 *
 * Broadcasts are batched: every update and awareness change that arrives in
 * one event-loop turn is merged and encoded once, and the same bytes go to
 * every socket. Encoding per update per socket is where servers of this kind
 * spend their time with hundreds of editors. At most `mergeBatch` updates are
 * merged per turn, the rest wait for the next one, so a burst on one board
 * never holds up the others or the health check.
 */
export class DocRoom {
  readonly doc: Y.Doc
  readonly awareness: awarenessProtocol.Awareness
  readonly connections = new Set<SyncConnection>()
  /** The Yjs client id of the server's own changes to this document while it is loaded (see serverChange.ts). */
  readonly writerId = newWriterId()
  private pendingUpdates: Uint8Array[] = []
  /** The connection each pending update came from (undefined: the server, another instance), by index. */
  private pendingOrigins: Array<SyncConnection | undefined> = []
  private pendingAwareness = new Set<number>()
  private flushQueued = false
  private changes = 0
  /**
   * The whole document as a sync step 2, kept until the next change: fresh
   * clients (an empty state vector) share one encoding. Encoding a 644 KB
   * report took ~2 ms of UTF-8 and copying per client (bench row f profile).
   */
  private wholeState: Uint8Array | null = null
  /** Collects the parts changed while partsTouchedBy runs; null otherwise. */
  private touched: Set<string> | null = null
  private readonly saver: SaveScheduler
  /**
   * An upper bound of the encoded document's size: the stored state plus every
   * update since. Recomputed exactly only when it reaches the limit.
   */
  private sizeBound: number
  /** Which connection first used each awareness client id; only it may change or remove that presence. */
  private readonly awarenessOwners = new Map<number, SyncConnection>()
  /** Updates this instance accepted and has not stored yet (for stores that append). */
  private unsaved: Uint8Array[] = []
  /** What this instance's own connections changed this turn, for the other instances. */
  private busUpdates: Uint8Array[] = []
  private busAwareness = new Set<number>()
  private readonly channel: BusChannel
  /** Bytes of this room's changes not yet written (its part of `unsavedBytes`). */
  private unsavedCount = 0
  /**
   * Set when a write failed, until one succeeds: every connection was told
   * (MessageType.notSaved) and is told again when it joins.
   */
  private notSaved: { code: string; message: string } | null = null

  constructor (
    readonly name: string,
    state: Uint8Array | null,
    private readonly store: DocStore,
    timing: SaveTiming,
    private readonly log: (message: string) => void,
    private readonly onAuthored: (principal: SyncConnection['principal'], parts: string[]) => void = () => {},
    private readonly limits: SyncLimits = defaultSyncLimits,
    bus: DocBus = localBus,
    /** Shared by every room of a hub: all their unsaved bytes together are bounded. */
    private readonly unsavedBytes: UnsavedBytes = new UnsavedBytes(limits.maxUnsavedBytes),
  ) {
    // Named by the document: Y.Doc's default guid is a random uuid made of 31 getRandomValues calls, which
    // was 5 % of the server's busy time while 2,000 clients connected to 400 boards (bench row e).
    this.doc = new Y.Doc({ guid: name })
    this.awareness = new awarenessProtocol.Awareness(this.doc)
    if (state) Y.applyUpdate(this.doc, state)
    this.sizeBound = state?.byteLength ?? 0
    // The server is not a participant: it has no presence of its own.
    this.awareness.setLocalState(null)
    this.saver = new SaveScheduler(timing, () => this.write(), error => this.saveFailed(error))
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      this.changes++
      this.wholeState = null
      this.sizeBound += update.byteLength
      this.pendingUpdates.push(update)
      this.pendingOrigins.push(this.connectionOf(origin))
      if (origin !== BUS_ORIGIN) {
        this.busUpdates.push(update)
        // A client's update is kept as it came in receiveSync (with any part still waiting for its dependencies).
        if (this.store.append && !this.connectionOf(origin)) this.unsaved.push(update)
        this.holdUnsaved(update.byteLength)
        this.saver.markDirty()
      }
      this.queueFlush()
    })
    this.doc.on('afterTransaction', (transaction: Y.Transaction) => {
      // Not at every transaction: each joining client's (empty) sync reply is one. But an update that
      // only waits for what it depends on changes no content and is encoded all the same.
      if (this.doc.store.pendingStructs || this.doc.store.pendingDs) this.wholeState = null
      if (this.touched) for (const part of touchedParts(transaction)) this.touched.add(part)
    })
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      const conn = this.connectionOf(origin)
      // Own clients' presence (and its removal when they leave) goes to the other instances; timeouts happen on each.
      if (conn || origin === null) for (const id of [...added, ...updated, ...removed]) this.busAwareness.add(id)
      for (const id of [...added, ...updated]) {
        this.pendingAwareness.add(id)
        if (conn) {
          conn.awarenessClients.add(id)
          if (!this.awarenessOwners.has(id)) this.awarenessOwners.set(id, conn)
        }
      }
      for (const id of removed) {
        this.pendingAwareness.add(id)
        conn?.awarenessClients.delete(id)
        if (this.awarenessOwners.get(id) === conn) this.awarenessOwners.delete(id)
      }
      this.queueFlush()
    })
    this.channel = bus.join(name, {
      applyRemoteUpdate: update => Y.applyUpdate(this.doc, update, BUS_ORIGIN),
      applyRemoteAwareness: update => awarenessProtocol.applyAwarenessUpdate(this.awareness, update, BUS_ORIGIN),
      stateVector: () => Y.encodeStateVector(this.doc),
      diffSince: stateVector => Y.encodeStateAsUpdate(this.doc, stateVector),
      localAwareness: () => {
        const own = [...this.connections].flatMap(c => [...c.awarenessClients]).filter(id => this.awareness.getStates().has(id))
        return own.length > 0 ? awarenessProtocol.encodeAwarenessUpdate(this.awareness, own) : null
      },
    })
  }

  add (conn: SyncConnection): void {
    this.connections.add(conn)
    conn.send(syncStep1Message(this.doc))
    const present = [...this.awareness.getStates().keys()]
    if (present.length > 0) conn.send(awarenessMessage(this.awareness, present))
    if (this.notSaved) conn.send(notSavedMessage(this.notSaved.code, this.notSaved.message))
  }

  remove (conn: SyncConnection): void {
    if (!this.connections.delete(conn)) return
    for (const [id, owner] of this.awarenessOwners) if (owner === conn) this.awarenessOwners.delete(id)
    if (conn.awarenessClients.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessClients], null)
    }
  }

  /** Handles one incoming message; malformed input closes only that connection. */
  receive (conn: SyncConnection, data: Uint8Array): void {
    try {
      const decoder = decoding.createDecoder(data)
      const type = decoding.readVarUint(decoder)
      if (!this.withinRate(conn)) return
      switch (type) {
        case MessageType.sync:
          this.receiveSync(conn, decoder)
          break
        case MessageType.awareness: {
          // Presence is allowed for every role, read-only ones included, under the person's true name,
          // and only for client ids no other connection uses.
          const mayUse = (id: number) => (this.awarenessOwners.get(id) ?? conn) === conn
          awarenessProtocol.applyAwarenessUpdate(this.awareness, stampAwareness(decoding.readVarUint8Array(decoder), conn.principal, mayUse), conn)
          break
        }
        case MessageType.queryAwareness:
          conn.send(awarenessMessage(this.awareness, [...this.awareness.getStates().keys()]))
          break
        default:
          // Auth messages and kinds from newer clients carry nothing the server acts on.
          break
      }
    } catch (error) {
      this.log(`Некорректное сообщение от ${conn.principal.login} для ${this.name}: ${String(error)}`)
      conn.send(errorMessage(ErrorCode.badRequest, errorMessages.bad_request))
      conn.close(CloseCode.writeRefused, 'bad_message')
    }
  }

  /** Writes what is unsaved and waits for it (before unloading or exit). */
  flush (): Promise<void> {
    return this.saver.flush()
  }

  /** The latest write failed: kept in memory (never unloaded) until one succeeds. */
  get saveFailing (): boolean {
    return this.saver.failing
  }

  /** Writing works again (another document's write succeeded): retry now rather than after the pause. */
  retrySaveNow (): void {
    this.saver.retryNow()
  }

  destroy (): void {
    this.unsavedBytes.release(this.unsavedCount)
    this.unsavedCount = 0
    this.channel.leave()
    this.saver.stop()
    this.awareness.destroy()
    this.doc.destroy()
  }

  private receiveSync (conn: SyncConnection, decoder: decoding.Decoder): void {
    const kind = decoding.readVarUint(decoder)
    if (kind === syncProtocol.messageYjsSyncStep1) {
      conn.answer(this.syncStep2For(decoding.readVarUint8Array(decoder)))
      return
    }
    if (kind !== syncProtocol.messageYjsSyncStep2 && kind !== syncProtocol.messageYjsUpdate) return
    const update = decoding.readVarUint8Array(decoder)
    conn.received++
    if (isEmptyUpdate(update)) {
      // What a client that has nothing the server lacks answers to step 1: every client, once, as it connects
      // (2,000 of them in bench row e, where applying them took 51 ms of the server's 1.8 s of connecting work).
      // It changes nothing and settles nothing pending, whoever sends it; it is counted and acknowledged.
      if (!this.saver.dirty && !this.saver.saving) this.acknowledge(conn, conn.received)
      return
    }
    if (!conn.canWrite && updateChangesDoc(this.doc, update)) {
      // Refuse the whole update and the connection: the client's later updates
      // build on this one, so none of them could be applied either.
      conn.send(errorMessage(ErrorCode.readOnly, errorMessages.read_only))
      conn.close(CloseCode.writeRefused, ErrorCode.readOnly)
      return
    }
    if (conn.canWrite && conn.writeGuard && !conn.writeGuard(this.doc, update)) {
      conn.send(errorMessage(ErrorCode.locked, errorMessages.locked))
      conn.close(CloseCode.writeRefused, ErrorCode.locked)
      return
    }
    if (!this.fits(conn, update) || !this.roomFor(conn, update)) return
    const before = this.changes
    const { parts } = this.partsTouchedBy(() => Y.applyUpdate(this.doc, update, conn))
    if ((this.doc.store.pendingDs?.byteLength ?? 0) > this.limits.maxPendingBytes) {
      // Deletions of items the server has never seen, held in case the items come: kept, they would
      // grow with every such update. They delete nothing anyone can see, so dropping them loses nothing;
      // the sender (whose later updates build on them) is closed to resync.
      this.log(`Отброшены ожидающие удаления в ${this.name} от ${conn.principal.login}`)
      this.doc.store.pendingDs = null
      this.refuse(conn, CloseCode.writeRefused, SyncErrorCode.tooManyPending)
    }
    if (this.changes !== before) this.onAuthored(conn.principal, parts)
    const pending = this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null
    if (this.store.append && (this.changes !== before || pending)) this.unsaved.push(update)
    if (this.changes === before && pending) {
      this.holdUnsaved(update.byteLength)
      this.saver.markDirty()
    }
    if (!this.saver.dirty && !this.saver.saving) this.acknowledge(conn, conn.received)
  }

  private syncStep2For (stateVector: Uint8Array): Uint8Array {
    // An empty state vector is the single byte 0 (no clients known).
    if (stateVector.length !== 1 || stateVector[0] !== 0) return syncStep2Message(this.doc, stateVector)
    this.wholeState ??= syncStep2Message(this.doc, stateVector)
    return this.wholeState
  }

  /**
   * Runs `change` and answers the parts of the document it changed (for
   * authorship: who changed which plan item or report section). Only around
   * changes someone made: the other instances' updates are not walked.
   */
  partsTouchedBy<T> (change: () => T): { result: T; parts: string[] } {
    this.touched = new Set()
    try {
      const result = change()
      return { result, parts: [...this.touched] }
    } finally {
      this.touched = null
    }
  }

  /** Counts one incoming message against the connection's and the person's rates; warns, or closes 4429. */
  private withinRate (conn: SyncConnection): boolean {
    const own = conn.rate.take()
    const person = conn.userRate?.take() ?? 'ok'
    const verdict = own === 'close' || person === 'close' ? 'close' : own === 'warn' || person === 'warn' ? 'warn' : 'ok'
    if (verdict === 'ok') return true
    if (verdict === 'warn') {
      this.log(`Слишком частые сообщения от ${conn.principal.login} в ${this.name}: предупреждение`)
      conn.send(errorMessage(SyncErrorCode.rateWarning, syncErrorMessages.rate_warning))
      return true
    }
    this.log(`Соединение ${conn.principal.login} с ${this.name} закрыто: слишком частые сообщения`)
    this.refuse(conn, CloseCode.tooManyUpdates, SyncErrorCode.rateLimited)
    return false
  }

  /**
   * Whether an update may be applied: it decodes, it would not make the
   * document larger than the limit, and what of it must wait for structs the
   * server has never seen stays bounded. Refuses (closing) otherwise; nothing
   * of a refused update is applied.
   */
  private fits (conn: SyncConnection, update: Uint8Array): boolean {
    const verdict = checkIncomingUpdate(this.doc, update, {
      sizeBound: this.sizeBound,
      maxDocumentBytes: this.limits.maxDocumentBytes,
      maxPendingBytes: this.limits.maxPendingBytes,
    })
    if (verdict.exactSize !== undefined) this.sizeBound = verdict.exactSize
    if (verdict.ok) return true
    this.log(`Изменение ${conn.principal.login} в ${this.name} не принято: ${verdict.problem}`)
    if (verdict.problem === 'malformed') {
      conn.send(errorMessage(ErrorCode.badRequest, errorMessages.bad_request))
      conn.close(CloseCode.writeRefused, 'bad_message')
    } else if (verdict.problem === 'too_large') {
      this.refuse(conn, CloseCode.documentTooLarge, SyncErrorCode.documentTooLarge)
    } else {
      this.refuse(conn, CloseCode.writeRefused, SyncErrorCode.tooManyPending)
    }
    return false
  }

  /**
   * Whether the server may hold one more update unwritten: past the bound
   * (the disk has been refusing writes for a while) a new change is refused
   * whole and the connection closed 4507; the client keeps it and sends it
   * again after reconnecting. An update that adds nothing costs nothing.
   */
  private roomFor (conn: SyncConnection, update: Uint8Array): boolean {
    if (!this.unsavedBytes.wouldExceed(update.byteLength) || !updateChangesDoc(this.doc, update)) return true
    if (this.unsavedBytes.noteRefusal()) {
      const mb = (this.unsavedBytes.bytes / 1024 / 1024).toFixed(1)
      this.log(`Не записано на диск уже ${mb} МБ изменений (предел ${(this.unsavedBytes.limit / 1024 / 1024).toFixed(1)} МБ): ` +
        `новые правки отклоняются (4507), пока запись не восстановится; первая — от ${conn.principal.login} в ${this.name}.`)
    }
    this.refuse(conn, CloseCode.storageFull, SyncErrorCode.storageFull)
    return false
  }

  private holdUnsaved (bytes: number): void {
    this.unsavedCount += bytes
    this.unsavedBytes.add(bytes)
  }

  /** A write failed: everyone on this document learns at once that nothing new is saved. */
  private saveFailed (error: unknown): void {
    if (this.notSaved) return
    // The store's own failures are logged once per episode by StorageHealth; anything else once per room.
    if (!isStorageError(error)) this.log(`Ошибка записи документа ${this.name}: ${String(error)}`)
    this.notSaved = {
      code: storageErrorCode(error),
      message: `Изменения не сохранены: ${storageErrorMessage(error)}. Сервер держит их в памяти и повторяет запись.`,
    }
    const message = notSavedMessage(this.notSaved.code, this.notSaved.message)
    for (const conn of this.connections) conn.send(message)
  }

  private refuse (conn: SyncConnection, code: CloseCode, error: SyncErrorCode): void {
    conn.send(errorMessage(error, syncErrorMessages[error]))
    conn.close(code, error)
  }

  /** Bytes waiting for structs never seen (for tests and the soak). */
  pendingBytes (): number {
    return pendingBytes(this.doc)
  }

  private async write (): Promise<void> {
    // What each connection had sent when the state was taken is what this write makes durable. (Kept on the
    // connection, one write at a time per room: a Map of them per write was the largest of this file's
    // allocations at 2,000 connections.) A connection that joins during the write has 0: nothing to acknowledge.
    for (const conn of this.connections) conn.writeMark = conn.received
    const writing = this.unsavedCount
    if (this.store.append) {
      // Only what changed since the last write; the store merges it on load.
      const batch = this.unsaved
      this.unsaved = []
      try {
        if (batch.length > 0) await this.store.append(this.name, batch.length === 1 ? batch[0] : Y.mergeUpdates(batch))
      } catch (error) {
        this.unsaved = [...batch, ...this.unsaved]
        throw error
      }
    } else {
      await this.store.save(this.name, Y.encodeStateAsUpdate(this.doc))
    }
    this.unsavedCount -= writing
    this.unsavedBytes.release(writing)
    const wasNotSaved = this.notSaved !== null
    this.notSaved = null
    // Saved is also «the other instances can have it»: wait for the bus to take this turn's changes.
    if (this.flushQueued) this.flushBroadcast()
    await this.channel.settled()
    for (const conn of this.connections) this.acknowledge(conn, conn.writeMark)
    if (!this.saver.dirty) {
      // Nothing changed since the state was taken: later messages changed nothing either.
      for (const conn of this.connections) this.acknowledge(conn, conn.received)
    }
    // Told «not saved», a connection with nothing new acknowledged still needs a «saved» to end it.
    if (wasNotSaved) for (const conn of this.connections) this.acknowledge(conn, conn.acknowledged, true)
  }

  /** Sends «saved» when the count grew (or, `again`, even when it did not). */
  private acknowledge (conn: SyncConnection, count: number, again = false): void {
    if (conn.closed || (count <= conn.acknowledged && !again)) return
    conn.acknowledged = Math.max(count, conn.acknowledged)
    conn.send(savedMessage(conn.acknowledged))
  }

  private connectionOf (origin: unknown): SyncConnection | undefined {
    return this.connections.has(origin as SyncConnection) ? origin as SyncConnection : undefined
  }

  private queueFlush (): void {
    if (this.flushQueued) return
    this.flushQueued = true
    setImmediate(() => this.flushBroadcast())
  }

  private flushBroadcast (): void {
    this.flushQueued = false
    if (this.pendingUpdates.length > 0) {
      // Merging thousands of updates at once was seen to stall every board for seconds.
      const count = Math.min(this.pendingUpdates.length, this.limits.mergeBatch)
      const batch = this.pendingUpdates.splice(0, count)
      const origins = this.pendingOrigins.splice(0, count)
      const merged = batch.length === 1 ? batch[0] : Y.mergeUpdates(batch)
      const message = updateMessage(merged)
      // Not echoed to the one connection every update of the batch came from: it made them. (The
      // reference server echoes; at 2,000 connections socket writes were the largest cost.)
      const author = origins.every(origin => origin !== undefined && origin === origins[0]) ? origins[0] : undefined
      for (const conn of this.connections) if (conn !== author) conn.send(message)
      if (this.pendingUpdates.length > 0) this.queueFlush()
    }
    if (this.busUpdates.length > 0) {
      this.channel.publishUpdate(this.busUpdates.length === 1 ? this.busUpdates[0] : Y.mergeUpdates(this.busUpdates))
      this.busUpdates = []
    }
    if (this.busAwareness.size > 0) {
      this.channel.publishAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.busAwareness]))
      this.busAwareness.clear()
    }
    if (this.pendingAwareness.size > 0) {
      const message = awarenessMessage(this.awareness, [...this.pendingAwareness])
      this.pendingAwareness.clear()
      for (const conn of this.connections) conn.send(message)
    }
  }
}

/** The update that holds nothing (no structs, no deletions), as Yjs encodes it. */
function isEmptyUpdate (update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0
}

interface AwarenessChange {
  added: number[]
  updated: number[]
  removed: number[]
}
