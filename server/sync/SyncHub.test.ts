import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import * as encoding from 'lib0/encoding'
import * as decoding from 'lib0/decoding'
import * as syncProtocol from 'y-protocols/sync'
import { MessageType } from '../../shared/protocol/messageType'
import { MemoryDocStore } from '../storage/MemoryDocStore'
import { SyncHub } from './SyncHub'
import type { SyncSocket } from './SyncSocket'

/** A socket that records what the hub sends: the core needs nothing more of a transport. */
class RecordingSocket implements SyncSocket {
  sent: Uint8Array[] = []
  closedWith: { code: number; reason: string } | null = null
  bufferedAmount = 0
  private waiters: Array<() => void> = []
  send (data: Uint8Array): void {
    this.sent.push(data)
    for (const wake of this.waiters.splice(0)) wake()
  }
  close (code: number, reason: string): void { this.closedWith = { code, reason } }
  /** Resolves with the first unread message of `type`, waiting for it to be sent. */
  async next (type: number): Promise<Uint8Array> {
    for (;;) {
      const found = this.sent.find(m => m[0] === type)
      if (found) {
        this.sent.splice(this.sent.indexOf(found), 1)
        return found
      }
      await new Promise<void>(resolve => this.waiters.push(resolve))
    }
  }
}

const principal = { login: 'admin', name: 'Администратор', sessionHash: 'h', boardId: 'b', docWritable: true }
const options = { debounceMs: 10, maxWaitMs: 50, unloadDelayMs: 30, log: () => {} }

function updateFrame (update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  syncProtocol.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}

function savedCount (frame: Uint8Array): number {
  const decoder = decoding.createDecoder(frame)
  decoding.readVarUint(decoder)
  return decoding.readVarUint(decoder)
}

describe('SyncHub', () => {
  test('loads on first connection, acknowledges the write, unloads after the last leaves, and reloads the saved state', async () => {
    const store = new MemoryDocStore()
    let unloaded!: () => void
    const gone = new Promise<void>(resolve => { unloaded = resolve })
    const hub = new SyncHub(store, { ...options, onUnloaded: () => unloaded() })
    const socket = new RecordingSocket()
    const handle = hub.connect(socket, 'doc', principal, true)
    await socket.next(MessageType.sync) // the server's step 1
    expect(hub.loadedDocuments()).toEqual(['doc'])

    const client = new Y.Doc()
    client.getText('t').insert(0, 'Привет')
    handle.message(updateFrame(Y.encodeStateAsUpdate(client)))
    expect(savedCount(await socket.next(MessageType.saved))).toBe(1)
    const stored = await store.load('doc')
    const copy = new Y.Doc()
    if (stored.ok && stored.state) Y.applyUpdate(copy, stored.state)
    expect(copy.getText('t').toString()).toBe('Привет')

    handle.closed()
    await gone
    expect(hub.loadedDocuments()).toEqual([])

    const again = new RecordingSocket()
    hub.connect(again, 'doc', principal, true)
    const step1 = await again.next(MessageType.sync)
    const decoder = decoding.createDecoder(step1)
    decoding.readVarUint(decoder)
    expect(decoding.readVarUint(decoder)).toBe(syncProtocol.messageYjsSyncStep1)
    expect(Y.decodeStateVector(decoding.readVarUint8Array(decoder)).get(client.clientID)).toBe(6)
    await hub.shutdown()
  })

  test('a message that changes nothing is acknowledged at once', async () => {
    const hub = new SyncHub(new MemoryDocStore(), options)
    const socket = new RecordingSocket()
    const handle = hub.connect(socket, 'doc', principal, false)
    await socket.next(MessageType.sync)
    handle.message(updateFrame(Y.encodeStateAsUpdate(new Y.Doc())))
    expect(savedCount(await socket.next(MessageType.saved))).toBe(1)
    expect(socket.closedWith).toBeNull()
    await hub.shutdown()
  })

  test('garbage closes only the sender', async () => {
    const hub = new SyncHub(new MemoryDocStore(), options)
    const bad = new RecordingSocket()
    const good = new RecordingSocket()
    const badHandle = hub.connect(bad, 'doc', principal, true)
    hub.connect(good, 'doc', principal, true)
    await bad.next(MessageType.sync)
    await good.next(MessageType.sync)
    badHandle.message(new Uint8Array([0, 2, 200, 1, 2, 3]))
    expect(bad.closedWith).not.toBeNull()
    expect(good.closedWith).toBeNull()
    await hub.shutdown()
  })
})
