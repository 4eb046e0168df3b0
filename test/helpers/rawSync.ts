import WS from 'ws'
import * as Y from 'yjs'
import * as encoding from 'lib0/encoding'
import * as decoding from 'lib0/decoding'
import * as syncProtocol from 'y-protocols/sync'
import { MessageType } from '../../shared/protocol/messageType'
import type { TestServer } from './testServer'

export interface RawSocket {
  ws: WS
  /** Every message received so far. */
  messages: Uint8Array[]
  /** How the server closed it. */
  closed: Promise<{ code: number; reason: string }>
  opened: Promise<void>
  /** Resolves with the first «error» message whose code is `code` (received already or later). */
  errorWith (code: string, ms?: number): Promise<{ code: string; message: string }>
  /** Resolves with the first message (received already or later) that `predicate` accepts. */
  messageWhere (predicate: (message: Uint8Array) => boolean, ms?: number): Promise<Uint8Array>
}

/** A raw y-websocket socket, speaking the protocol byte by byte (for crafted and hostile input). */
export function rawSocket (url: string, cookie?: string): RawSocket {
  const ws = new WS(url, { headers: cookie ? { cookie } : {} })
  ws.binaryType = 'arraybuffer'
  const messages: Uint8Array[] = []
  const waiters: Array<() => void> = []
  ws.on('message', data => {
    messages.push(new Uint8Array(data as ArrayBuffer))
    for (const wake of waiters.splice(0)) wake()
  })
  ws.on('error', () => {})
  const closed = new Promise<{ code: number; reason: string }>(resolve => {
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }))
  })
  const opened = new Promise<void>((resolve, reject) => { ws.on('open', resolve); ws.on('error', reject) })
  const messageWhere = (predicate: (message: Uint8Array) => boolean, ms = 5000) => new Promise<Uint8Array>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no such message')), ms)
    const look = () => {
      const found = messages.find(predicate)
      if (found) {
        clearTimeout(timer)
        resolve(found)
      } else waiters.push(look)
    }
    look()
  })
  const errorWith = async (code: string, ms = 5000) => readError(await messageWhere(message => readError(message)?.code === code, ms))!
  return { ws, messages, closed, opened, errorWith, messageWhere }
}

function readError (message: Uint8Array): { code: string; message: string } | null {
  const decoder = decoding.createDecoder(message)
  if (decoding.readVarUint(decoder) !== MessageType.error) return null
  return { code: decoding.readVarString(decoder), message: decoding.readVarString(decoder) }
}

export function syncUrl (t: TestServer, name: string): string {
  return `${t.server.url.replace('http', 'ws')}/api/sync/${name}`
}

/** A sync "update" message carrying `update`. */
export function updateMessage (update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  syncProtocol.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** An awareness message carrying an awareness update. */
export function awarenessUpdateMessage (update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.awareness)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** `count` small updates, each typing one character into a fresh client's text (as a fast typist would, only faster). */
export function typingUpdates (count: number, root = 'flood'): Uint8Array[] {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  const text = doc.getText(root)
  for (let i = 0; i < count; i++) text.insert(i, 'ж')
  return updates
}
