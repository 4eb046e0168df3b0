import { afterEach, describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import * as prng from 'lib0/prng'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import { boardTitleText } from '../shared/board/boardDocs'
import { MessageType } from '../shared/protocol/messageType'
import { createNode } from '../shared/plan/planDoc'
import { NodeKind } from '../shared/plan/planFields'
import { startTestServer, type TestServer } from './helpers/testServer'
import { closeAllDocs, connectDoc, waitFor } from './helpers/yClient'
import { rawSocket, syncUrl, type RawSocket } from './helpers/rawSync'

/**
 * Protocol fuzzing against the live server: random, truncated and mutated
 * y-websocket messages and Yjs updates from a viewer, a commenter and an
 * editor (on a document only the server writes, and on one it may write).
 * Seeded, so a failure replays exactly. PLANERKA_FUZZ_MESSAGES raises the count.
 */
const SEED = 20240614
const MESSAGES = Number(process.env.PLANERKA_FUZZ_MESSAGES ?? 3000)
/** Messages sent on one socket before waiting to see whether the server closed it. */
const BURST = 8

let t: TestServer
afterEach(async () => {
  closeAllDocs()
  await t?.stop()
})

function syncFrame (kind: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  encoding.writeVarUint(encoder, kind)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

function awarenessFrame (payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.awareness)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

/** Real updates (the raw material the mutations start from): typing, plan rows, deletions, a late client. */
function corpus (gen: prng.PRNG, base: Y.Doc): Uint8Array[] {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base))
  const updates: Uint8Array[] = []
  doc.on('update', (u: Uint8Array) => updates.push(u))
  for (let i = 0; i < 60; i++) {
    const text = boardTitleText(doc)
    const choice = prng.int32(gen, 0, 3)
    if (choice === 0) text.insert(prng.int32(gen, 0, text.length), prng.utf16String(gen, 6))
    else if (choice === 1 && text.length > 2) text.delete(prng.int32(gen, 0, text.length - 2), 1)
    else if (choice === 2) createNode(doc, { kind: NodeKind.section, parentId: null, id: `s${i}`, fields: { title: prng.word(gen, 1, 12) } })
    else doc.getMap('fuzz').set(prng.word(gen, 1, 4), prng.int32(gen, 0, 1000))
  }
  return updates
}

/** One hostile message: random, truncated, mutated, or a well-formed frame around garbage. */
function hostileMessage (gen: prng.PRNG, updates: Uint8Array[]): Uint8Array {
  const update = prng.oneOf(gen, updates)
  const valid = syncFrame(syncProtocol.messageYjsUpdate, update)
  switch (prng.int32(gen, 0, 9)) {
    case 0: return prng.uint8Array(gen, prng.int32(gen, 0, 48))
    case 1: return valid.slice(0, prng.int32(gen, 0, valid.length - 1))
    case 2: {
      const copy = valid.slice()
      for (let i = prng.int32(gen, 1, 4); i > 0; i--) copy[prng.int32(gen, 0, copy.length - 1)] = prng.uint32(gen, 0, 255)
      return copy
    }
    case 3: {
      // A well-formed frame whose update is mutated inside: the case a checksum-less protocol must survive.
      const inner = update.slice()
      for (let i = prng.int32(gen, 1, 3); i > 0; i--) inner[prng.int32(gen, 0, inner.length - 1)] = prng.uint32(gen, 0, 255)
      return syncFrame(prng.oneOf(gen, [syncProtocol.messageYjsUpdate, syncProtocol.messageYjsSyncStep2]), inner)
    }
    case 4: return syncFrame(syncProtocol.messageYjsUpdate, update.slice(0, prng.int32(gen, 0, update.length - 1)))
    case 5: return syncFrame(prng.int32(gen, 0, 9), prng.uint8Array(gen, prng.int32(gen, 0, 32)))
    case 6: {
      // Awareness with random ids, clocks and states (JSON or not).
      const encoder = encoding.createEncoder()
      const count = prng.int32(gen, 0, 3)
      encoding.writeVarUint(encoder, count)
      for (let i = 0; i < count; i++) {
        encoding.writeVarUint(encoder, prng.uint32(gen, 0, 2 ** 31))
        encoding.writeVarUint(encoder, prng.uint32(gen, 0, 2 ** 31))
        encoding.writeVarString(encoder, prng.bool(gen) ? JSON.stringify({ user: { name: prng.utf16String(gen, 8) }, x: prng.int32(gen, 0, 9) }) : prng.utf16String(gen, 10))
      }
      const payload = encoding.toUint8Array(encoder)
      return awarenessFrame(prng.bool(gen) ? payload : payload.slice(0, prng.int32(gen, 0, payload.length)))
    }
    case 7: return syncFrame(syncProtocol.messageYjsSyncStep1, prng.uint8Array(gen, prng.int32(gen, 0, 24)))
    case 8: return new Uint8Array([prng.oneOf(gen, [2, 3, 100, 101, 102, 127, 200]), ...prng.uint8Array(gen, prng.int32(gen, 0, 8))])
    default: return valid
  }
}

/** Everything a client can see of a document. */
function contentOf (doc: Y.Doc): string {
  return JSON.stringify(doc.share.size === 0 ? {} : Object.fromEntries([...doc.share.keys()].map(key => [key, doc.get(key).toJSON()])))
}

async function snapshotOf (t: TestServer, name: string): Promise<{ content: string; vector: string }> {
  const doc = await t.server.hub.snapshot(name)
  if (!doc) throw new Error(`${name} unreadable`)
  return { content: contentOf(doc), vector: Buffer.from(Y.encodeStateVector(doc)).toString('base64') }
}

describe('protocol fuzzing against the live server', () => {
  test(`${MESSAGES} hostile messages from several roles: read-only documents unchanged, health answers, pending bounded, a normal client syncs`, async () => {
    const maxPendingBytes = 64 * 1024
    t = await startTestServer({ syncLimits: { maxPendingBytes } })
    const board = await t.createBoard()
    const viewer = await t.user('zritel')
    const commenter = await t.user('kommentator')
    await t.setRole(board.id, 'zritel', 'viewer')
    await t.setRole(board.id, 'kommentator', 'commenter')

    // Some real content first, so mutations start from real structs.
    const seedClient = connectDoc(t.server.url, board.documents.plan, t.admin.cookie)
    await seedClient.whenSynced()
    boardTitleText(seedClient.doc).insert(0, 'Исходный план: ')
    createNode(seedClient.doc, { kind: NodeKind.section, parentId: null, id: 'base-section', fields: { title: 'Раздел' } })
    await seedClient.whenSaved()
    seedClient.destroy()

    const gen = prng.create(SEED)
    const base = await t.server.hub.snapshot(board.documents.plan)
    const updates = corpus(gen, base!)
    const readOnly = [board.documents.plan, board.documents.annotations]
    const before = await Promise.all(readOnly.map(name => snapshotOf(t, name)))

    const attackers: Array<{ cookie: string; doc: string }> = [
      { cookie: viewer.cookie, doc: board.documents.plan },
      { cookie: commenter.cookie, doc: board.documents.plan },
      { cookie: t.admin.cookie, doc: board.documents.annotations },
      { cookie: t.admin.cookie, doc: board.documents.report },
    ]
    let thrown = 0
    let sockets = 0
    const closeCodes = new Map<number, number>()
    let socket: RawSocket | null = null
    let socketIndex = -1
    while (thrown < MESSAGES) {
      const index = prng.int32(gen, 0, attackers.length - 1)
      if (!socket || index !== socketIndex || socket.ws.readyState !== socket.ws.OPEN) {
        socket?.ws.close()
        const { cookie, doc } = attackers[index]
        socket = rawSocket(syncUrl(t, doc), cookie)
        socketIndex = index
        sockets++
        const closedEarly = await Promise.race([socket.opened.then(() => false), socket.closed.then(() => true)])
        if (closedEarly) continue
        void socket.closed.then(({ code }) => closeCodes.set(code, (closeCodes.get(code) ?? 0) + 1))
      }
      for (let i = 0; i < BURST && socket.ws.readyState === socket.ws.OPEN; i++) {
        socket.ws.send(hostileMessage(gen, updates))
        thrown++
      }
      // A heartbeat after the burst: its answer (or the close) says the server has dealt with the burst.
      if (socket.ws.readyState !== socket.ws.OPEN) continue
      const current = socket
      const answers = () => current.messages.filter(m => m.length === 1 && m[0] === MessageType.heartbeat).length
      const expected = answers() + 1
      current.ws.send(new Uint8Array([MessageType.heartbeat]))
      await Promise.race([current.messageWhere(() => answers() >= expected, 10_000), current.closed])
    }
    socket?.ws.close()
    console.log(`fuzz: ${thrown} messages on ${sockets} sockets; closes: ${JSON.stringify(Object.fromEntries(closeCodes))}`)

    // Documents the roles may not write are exactly as they were.
    const after = await Promise.all(readOnly.map(name => snapshotOf(t, name)))
    expect(after).toEqual(before)
    // Pending structs stayed bounded everywhere.
    for (const name of Object.values(board.documents)) expect(t.server.hub.pendingBytes(name)).toBeLessThanOrEqual(maxPendingBytes)
    // The server answers and a normal pair of clients syncs.
    expect((await fetch(`${t.server.url}/api/health`)).status).toBe(200)
    const a = connectDoc(t.server.url, board.documents.report, t.admin.cookie)
    const b = connectDoc(t.server.url, board.documents.report, t.admin.cookie)
    await Promise.all([a.whenSynced(), b.whenSynced()])
    a.doc.getText('after-fuzz').insert(0, 'всё работает')
    await waitFor(b.doc, () => b.doc.getText('after-fuzz').toString() === 'всё работает', 5000, 'an edit after the fuzz')
    await a.whenSaved()
    // And every document survives a restart (nothing half-applied was written).
    closeAllDocs()
    await t.restart()
    expect(t.server.damagedDocuments).toEqual([])
    const c = connectDoc(t.server.url, board.documents.report, t.admin.cookie)
    await c.whenSynced()
    expect(c.doc.getText('after-fuzz').toString()).toBe('всё работает')
    expect(thrown).toBeGreaterThanOrEqual(MESSAGES)
  }, 120_000)
})
