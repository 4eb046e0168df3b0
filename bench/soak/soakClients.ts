/**
 * The soak's clients, on a worker thread so their memory is not counted as
 * the server's: `clients` real y-websocket clients (DocConnection), each
 * opening a random board's plan (and sometimes its report), typing and
 * moving its presence for a while, leaving, and coming back elsewhere.
 */
import { parentPort, workerData } from 'node:worker_threads'
import * as prng from 'lib0/prng'
import { boardTitleText } from '../../shared/board/boardDocs'
import { DocConnection } from '../../client/sync/DocConnection'
import { cookieWebSocket } from '../../test/helpers/yClient'

export interface SoakClientsData {
  url: string
  cookies: string[]
  boards: Array<{ plan: string; report: string }>
  clients: number
  seconds: number
  seed: number
}

// Each provider listens for the process' exit (y-websocket, in Node); 50+ at once is expected here.
process.setMaxListeners(200)

const data = workerData as SoakClientsData
const deadline = Date.now() + data.seconds * 1000
const serverUrl = data.url.replace(/^http/, 'ws') + '/api/sync'
let sessions = 0
let edits = 0
let failures = 0

const wait = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

async function client (index: number): Promise<void> {
  const gen = prng.create(data.seed + index)
  const cookie = data.cookies[index % data.cookies.length]
  while (Date.now() < deadline) {
    const board = prng.oneOf(gen, data.boards)
    const names = prng.int32(gen, 0, 3) === 0 ? [board.plan, board.report] : [board.plan]
    const connections = names.map(name => new DocConnection({ serverUrl, name, WebSocketImpl: cookieWebSocket(cookie) }))
    sessions++
    try {
      await Promise.race([Promise.all(connections.map(c => c.whenSynced())), wait(10_000).then(() => { throw new Error('sync timeout') })])
      const plan = connections[0]
      plan.awareness.setLocalStateField('user', { login: `soak${index}`, name: `Участник ${index}`, color: '#336699' })
      const stay = Date.now() + prng.int32(gen, 3_000, 20_000)
      while (Date.now() < stay && Date.now() < deadline) {
        const text = boardTitleText(plan.doc)
        if (text.length > 400) text.delete(0, 40)
        else text.insert(prng.int32(gen, 0, text.length), prng.word(gen, 1, 3))
        plan.awareness.setLocalStateField('cursor', { at: prng.int32(gen, 0, 100) })
        edits++
        await wait(prng.int32(gen, 300, 1500))
      }
      await Promise.race([plan.whenSaved(), wait(5000)])
    } catch {
      failures++
    } finally {
      for (const connection of connections) {
        connection.doc.destroy()
        connection.destroy()
      }
    }
    await wait(prng.int32(gen, 100, 2000))
  }
}

setInterval(() => parentPort!.postMessage({ kind: 'progress', sessions, edits, failures }), 5000).unref()
await Promise.all(Array.from({ length: data.clients }, (_, i) => client(i)))
parentPort!.postMessage({ kind: 'done', sessions, edits, failures })
