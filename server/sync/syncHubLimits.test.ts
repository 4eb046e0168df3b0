import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import * as encoding from 'lib0/encoding'
import * as decoding from 'lib0/decoding'
import * as syncProtocol from 'y-protocols/sync'
import { CloseCode } from '../../shared/protocol/closeCodes'
import { MessageType, heartbeatMessage } from '../../shared/protocol/messageType'
import { MemoryDocStore } from '../storage/MemoryDocStore'
import type { DocLoadResult } from '../storage/DocStore'
import { SyncHub } from './SyncHub'
import { defaultSyncLimits, syncLimitsFromEnv } from './syncLimits'
import type { SyncSocket } from './SyncSocket'

/** Records what the hub sends; its backlog grows with every byte sent and never drains (a stalled client). */
class StalledSocket implements SyncSocket {
  sent: Uint8Array[] = []
  closedWith: { code: number; reason: string } | null = null
  bufferedAmount = 0
  private waiters: Array<() => void> = []
  send (data: Uint8Array): void {
    this.sent.push(data)
    this.bufferedAmount += data.byteLength
    this.wake()
  }
  close (code: number, reason: string): void {
    this.closedWith = { code, reason }
    this.wake()
  }
  until (predicate: () => boolean, ms = 5000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out')), ms)
      const check = () => {
        if (predicate()) {
          clearTimeout(timer)
          resolve()
        } else this.waiters.push(check)
      }
      check()
    })
  }
  private wake (): void {
    for (const wake of this.waiters.splice(0)) wake()
  }
}

/** A store whose loads wait until released, to hold a connection in the "document loading" state. */
class SlowStore extends MemoryDocStore {
  release: () => void = () => {}
  private readonly gate = new Promise<void>(resolve => { this.release = resolve })
  override async load (name: string): Promise<DocLoadResult> {
    await this.gate
    return super.load(name)
  }
}

const principal = { login: 'admin', name: 'Администратор', sessionHash: 'h', boardId: 'b', docWritable: true }
const options = { debounceMs: 10, maxWaitMs: 50, unloadDelayMs: 30, log: () => {} }

function frame (kind: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  encoding.writeVarUint(encoder, kind)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

describe('SyncHub limits', () => {
  test('a heartbeat is answered at once, even while the document loads; the early buffer is bounded', async () => {
    const store = new SlowStore()
    const hub = new SyncHub(store, { ...options, limits: { maxEarlyBytes: 1000 } })
    const socket = new StalledSocket()
    const handle = hub.connect(socket, 'doc', principal, true)
    handle.message(heartbeatMessage)
    expect(socket.sent).toEqual([heartbeatMessage])
    handle.message(frame(syncProtocol.messageYjsUpdate, new Uint8Array(600)))
    expect(socket.closedWith).toBeNull()
    handle.message(frame(syncProtocol.messageYjsUpdate, new Uint8Array(600)))
    expect(socket.closedWith?.code).toBe(CloseCode.tooManyUpdates)
    store.release()
    handle.closed()
    await hub.shutdown()
  })

  test('the initial sync of a document larger than the broadcast backlog is not taken for a slow client', async () => {
    const store = new MemoryDocStore()
    const big = new Y.Doc()
    // 400 KB: more than the 64 KB of broadcasts a stalled client may have queued here.
    big.getText('t').insert(0, 'x'.repeat(400 * 1024))
    await store.save('doc', Y.encodeStateAsUpdate(big))
    big.destroy()
    const hub = new SyncHub(store, { ...options, limits: { maxBacklogBytes: 64 * 1024 } })
    const reader = new StalledSocket()
    const readerHandle = hub.connect(reader, 'doc', principal, true)
    readerHandle.message(frame(syncProtocol.messageYjsSyncStep1, Y.encodeStateVector(new Y.Doc())))
    await reader.until(() => reader.bufferedAmount > 400 * 1024)
    // Someone else types: the broadcast reaches the reader, which is not dropped.
    const writer = new StalledSocket()
    const writerHandle = hub.connect(writer, 'doc', principal, true)
    const typist = new Y.Doc()
    const updates: Uint8Array[] = []
    typist.on('update', (u: Uint8Array) => updates.push(u))
    typist.getText('other').insert(0, 'привет')
    writerHandle.message(frame(syncProtocol.messageYjsUpdate, updates[0]))
    const before = reader.sent.length
    await reader.until(() => reader.sent.length > before && reader.sent.some(m => m[0] === MessageType.sync && m[1] === syncProtocol.messageYjsUpdate))
    expect(reader.closedWith).toBeNull()

    // A reader that keeps asking for the whole document without reading is still dropped.
    for (let i = 0; i < 3 && !reader.closedWith; i++) readerHandle.message(frame(syncProtocol.messageYjsSyncStep1, Y.encodeStateVector(new Y.Doc())))
    expect(reader.closedWith?.code).toBe(CloseCode.tooSlow)
    readerHandle.closed()
    writerHandle.closed()
    await hub.shutdown()
  })

  test('updates that wait for structs never sent (pending) are bounded', async () => {
    const store = new MemoryDocStore()
    const hub = new SyncHub(store, { ...options, limits: { maxPendingBytes: 2000 } })
    const socket = new StalledSocket()
    const handle = hub.connect(socket, 'doc', principal, true)
    // A client whose first updates never arrive: every later one is pending on the server.
    const source = new Y.Doc()
    const updates: Uint8Array[] = []
    source.on('update', (u: Uint8Array) => updates.push(u))
    const text = source.getText('t')
    for (let i = 0; i < 400; i++) text.insert(i, 'пропуск ')
    await socket.until(() => socket.sent.length > 0)
    for (const update of updates.slice(1)) {
      if (socket.closedWith) break
      handle.message(frame(syncProtocol.messageYjsUpdate, update))
    }
    expect(socket.closedWith?.code).toBe(CloseCode.writeRefused)
    const room = await hub.snapshot('doc')
    expect(room?.getText('t').toString()).toBe('')
    const pending = hub.pendingBytes('doc')
    expect(pending).toBeGreaterThan(0)
    expect(pending).toBeLessThanOrEqual(2000)
    handle.closed()
    await hub.shutdown()
  })

  test('a burst is broadcast in bounded merges, one per turn, and nothing of it is lost', async () => {
    const hub = new SyncHub(new MemoryDocStore(), { ...options, limits: { mergeBatch: 4 } })
    const writer = new StalledSocket()
    const reader = new StalledSocket()
    const writerHandle = hub.connect(writer, 'doc', principal, true)
    const readerHandle = hub.connect(reader, 'doc', principal, true)
    await Promise.all([writer.until(() => writer.sent.length > 0), reader.until(() => reader.sent.length > 0)])
    const typist = new Y.Doc()
    const updates: Uint8Array[] = []
    typist.on('update', (u: Uint8Array) => updates.push(u))
    for (let i = 0; i < 10; i++) typist.getText('t').insert(i, String(i))
    for (const update of updates) writerHandle.message(frame(syncProtocol.messageYjsUpdate, update))
    const broadcasts = () => reader.sent.filter(m => m[0] === MessageType.sync && m[1] === syncProtocol.messageYjsUpdate)
    const copy = new Y.Doc()
    await reader.until(() => {
      const applied = new Y.Doc()
      for (const message of broadcasts()) syncProtocol.readSyncMessage(decoderOf(message), encoding.createEncoder(), applied, null)
      return applied.getText('t').toString() === '0123456789'
    })
    // 10 updates in merges of at most 4: three broadcasts.
    expect(broadcasts().length).toBe(3)
    for (const message of broadcasts()) syncProtocol.readSyncMessage(decoderOf(message), encoding.createEncoder(), copy, null)
    expect(copy.getText('t').toString()).toBe('0123456789')
    writerHandle.closed()
    readerHandle.closed()
    await hub.shutdown()
  })

  test('limits from the environment; invalid values keep the defaults', () => {
    const limits = syncLimitsFromEnv({ PLANERKA_MAX_DOCUMENT_MB: '4', PLANERKA_UPDATES_PER_SECOND: 'много', PLANERKA_CONNECTIONS_PER_USER: '10' })
    expect(limits.maxDocumentBytes).toBe(4 * 1024 * 1024)
    expect(limits.maxMessageBytes).toBeGreaterThan(limits.maxDocumentBytes)
    expect(limits.updatesPerSecond).toBe(defaultSyncLimits.updatesPerSecond)
    expect(limits.connectionsPerUser).toBe(10)
    expect(syncLimitsFromEnv({})).toEqual(defaultSyncLimits)
  })
})

function decoderOf (message: Uint8Array) {
  const decoder = decoding.createDecoder(message)
  decoding.readVarUint(decoder)
  return decoder
}
