import { randomBytes } from 'node:crypto'
import { Redis } from 'ioredis'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { BusChannel, BusPeer, DocBus } from '../sync/DocBus'

/** Kinds of bus messages (first varUint). */
const Kind = {
  update: 0,
  awareness: 1,
  /** A state vector: reply with what it lacks; `wantReply` asks for the sender's own vector back. */
  stateVector: 2,
  awarenessQuery: 3,
} as const

const PREFIX = 'planerka:doc:'
/** Reconnect quickly but not in a tight loop while Redis is down. */
const MAX_RECONNECT_DELAY_MS = 2_000

/**
 * The bus over Redis pub/sub, one channel per document, as Hocuspocus's
 * Redis extension and y-redis do. Each room publishes the updates and
 * presence its own connections produced (merged per event-loop turn by the
 * room); every other instance with the document loaded applies them. On
 * joining, and whenever the subscription comes back after Redis was away, an
 * instance publishes its state vector and asks for presence: the others reply
 * with what it misses, so messages lost while Redis was down are recovered.
 *
 * Publishing waits for Redis while it is down (no retry limit): the «saved»
 * acknowledgement waits with it, and the queued messages go out when it
 * returns.
 */
export class RedisBus implements DocBus {
  private readonly instance = randomBytes(8).toString('hex')
  private readonly pub: Redis
  private readonly sub: Redis
  private readonly peers = new Map<string, BusPeer>()
  private wasReady = false

  constructor (url: string, private readonly log: (message: string) => void) {
    const options = { maxRetriesPerRequest: null, retryStrategy: (times: number) => Math.min(times * 100, MAX_RECONNECT_DELAY_MS) }
    this.pub = new Redis(url, { ...options, lazyConnect: false })
    this.sub = new Redis(url, { ...options, lazyConnect: false })
    let warned = false
    for (const client of [this.pub, this.sub]) {
      client.on('error', (error: Error) => {
        if (!warned) this.log(`Redis недоступен (${error.message}): правки не подтверждаются, пока он не вернётся`)
        warned = true
      })
      client.on('ready', () => { warned = false })
    }
    this.sub.on('messageBuffer', (channel: Buffer, message: Buffer) => this.receive(channel.toString().slice(PREFIX.length), message))
    this.sub.on('ready', () => {
      // ioredis re-subscribes by itself; what was published meanwhile is fetched from the peers.
      if (this.wasReady) for (const name of this.peers.keys()) this.resync(name)
      this.wasReady = true
    })
  }

  /** Resolves once both connections are up (the server starts only with Redis reachable). */
  async ready (): Promise<void> {
    await Promise.all([this.pub.ping(), this.sub.ping()])
  }

  join (docName: string, peer: BusPeer): BusChannel {
    this.peers.set(docName, peer)
    const channel = PREFIX + docName
    void this.sub.subscribe(channel).then(() => this.resync(docName), error => this.log(`Redis: подписка на ${docName} не удалась: ${String(error)}`))
    let last: Promise<unknown> = Promise.resolve()
    const publish = (message: Uint8Array) => {
      last = this.pub.publish(channel, Buffer.from(message)).catch(error => this.log(`Redis: сообщение по ${docName} не отправлено: ${String(error)}`))
    }
    return {
      publishUpdate: update => publish(this.message(Kind.update, update)),
      publishAwareness: update => publish(this.message(Kind.awareness, update)),
      settled: () => last.then(() => {}),
      leave: () => {
        if (this.peers.get(docName) !== peer) return
        this.peers.delete(docName)
        void this.sub.unsubscribe(channel).catch(() => {})
      },
    }
  }

  async close (): Promise<void> {
    this.peers.clear()
    await Promise.allSettled([this.pub.quit(), this.sub.quit()])
  }

  private resync (docName: string): void {
    const peer = this.peers.get(docName)
    if (!peer) return
    void this.pub.publish(PREFIX + docName, Buffer.from(this.message(Kind.stateVector, peer.stateVector(), true))).catch(() => {})
    void this.pub.publish(PREFIX + docName, Buffer.from(this.message(Kind.awarenessQuery, new Uint8Array()))).catch(() => {})
  }

  private message (kind: number, payload: Uint8Array, wantReply = false): Uint8Array {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, kind)
    encoding.writeVarString(encoder, this.instance)
    encoding.writeVarUint8Array(encoder, payload)
    encoding.writeUint8(encoder, wantReply ? 1 : 0)
    return encoding.toUint8Array(encoder)
  }

  private receive (docName: string, message: Buffer): void {
    const peer = this.peers.get(docName)
    if (!peer) return
    try {
      const decoder = decoding.createDecoder(new Uint8Array(message))
      const kind = decoding.readVarUint(decoder)
      const from = decoding.readVarString(decoder)
      if (from === this.instance) return
      const payload = decoding.readVarUint8Array(decoder)
      const wantReply = decoding.readUint8(decoder) === 1
      const channel = PREFIX + docName
      switch (kind) {
        case Kind.update:
          peer.applyRemoteUpdate(payload)
          break
        case Kind.awareness:
          peer.applyRemoteAwareness(payload)
          break
        case Kind.stateVector: {
          const diff = peer.diffSince(payload)
          // An empty Yjs update is two zero bytes: nothing to send.
          if (diff.length > 2) void this.pub.publish(channel, Buffer.from(this.message(Kind.update, diff))).catch(() => {})
          if (wantReply) void this.pub.publish(channel, Buffer.from(this.message(Kind.stateVector, peer.stateVector()))).catch(() => {})
          break
        }
        case Kind.awarenessQuery: {
          const presence = peer.localAwareness()
          if (presence) void this.pub.publish(channel, Buffer.from(this.message(Kind.awareness, presence))).catch(() => {})
          break
        }
      }
    } catch (error) {
      this.log(`Redis: непонятное сообщение по ${docName}: ${String(error)}`)
    }
  }
}
