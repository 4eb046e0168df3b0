/**
 * The load generator of bench/cluster.ts, run as a child process: holds its
 * share of the clients (real y-websocket providers), and once told to go,
 * each client writes a timestamp under its own key at the given rate; every
 * client records how long others' writes took to reach it, split by whether
 * the writer was on the same instance or another.
 */
import WS from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { MessageType } from '../shared/protocol/messageType'

interface Job { clients: { url: string; doc: string; instance: number; user: number }[]; cookies: string[]; seconds: number; rate: number; seed: number }
const job = JSON.parse(process.argv[2]) as Job

/** A WebSocket class per bench user, carrying that person's session cookie. */
const socketClasses = job.cookies.map(cookie => class extends WS {
  constructor (url: string | URL, protocols?: string | string[]) {
    super(url, protocols, { headers: { cookie } })
  }
})

const now = () => performance.timeOrigin + performance.now()
const within: number[] = []
const across: number[] = []
let recording = false

const clients = job.clients.map((spec, index) => {
  const doc = new Y.Doc()
  const key = `${spec.instance}|${process.pid}|${index}`
  const provider = new WebsocketProvider(spec.url.replace(/^http/, 'ws') + '/api/sync', spec.doc, doc, { WebSocketPolyfill: socketClasses[spec.user] as unknown as typeof WebSocket, disableBc: true })
  // Planerka's own «saved» and «error» messages: stock clients ignore them, quietly here.
  for (const type of [MessageType.saved, MessageType.error, MessageType.heartbeat, MessageType.notSaved]) provider.messageHandlers[type] = () => {}
  const map = doc.getMap<number>('bench')
  map.observe(event => {
    if (!recording || event.transaction.local) return
    const at = now()
    for (const changed of event.keysChanged) {
      const sent = map.get(changed)
      if (typeof sent !== 'number') continue
      const delay = at - sent
      if (changed.split('|')[0] === String(spec.instance)) within.push(delay)
      else across.push(delay)
    }
  })
  return { provider, map, key }
})

// A fixed-seed generator: the same spread of edits every run.
let state = job.seed
const random = () => {
  state = (state * 1664525 + 1013904223) % 2 ** 32
  return state / 2 ** 32
}

const started = now()
await new Promise<void>(resolve => {
  const check = () => { if (clients.every(c => c.provider.synced)) resolve() }
  for (const c of clients) c.provider.on('sync', check)
  check()
})
process.send!({ kind: 'connected', ms: now() - started })

process.on('message', async (message: { kind: string }) => {
  if (message.kind !== 'go') return
  recording = true
  const end = now() + job.seconds * 1000
  const interval = 1000 / job.rate
  const timers = clients.map(c => {
    const tick = () => {
      if (now() >= end) return
      c.map.set(c.key, now())
      timer = setTimeout(tick, interval)
    }
    let timer = setTimeout(tick, random() * interval)
    return () => clearTimeout(timer)
  })
  await new Promise(resolve => setTimeout(resolve, job.seconds * 1000 + 2000))
  recording = false
  for (const stop of timers) stop()
  const held = clients.filter(c => c.provider.wsconnected).length
  process.send!({ kind: 'result', within, across, held })
  for (const c of clients) c.provider.destroy()
  setTimeout(() => process.exit(0), 200)
})
