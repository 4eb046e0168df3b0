import WS from 'ws'
import * as Y from 'yjs'
import { DocConnection } from '../../client/sync/DocConnection'

/** A `ws` WebSocket class that sends the session cookie, as a browser would. */
export function cookieWebSocket (cookie: string): typeof WebSocket {
  return class extends WS {
    constructor (url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } })
    }
  } as unknown as typeof WebSocket
}

const opened: DocConnection[] = []

/** A real y-websocket client of a document, signed in with `cookie`. */
export function connectDoc (baseUrl: string, name: string, cookie: string, doc = new Y.Doc()): DocConnection {
  const connection = new DocConnection({
    serverUrl: baseUrl.replace(/^http/, 'ws') + '/api/sync',
    name,
    doc,
    WebSocketImpl: cookieWebSocket(cookie),
  })
  opened.push(connection)
  return connection
}

/** Closes every client opened by connectDoc (call in afterEach). */
export function closeAllDocs (): void {
  for (const connection of opened.splice(0)) connection.destroy()
}

/** Waits for `predicate` to hold, re-checking on every change of `doc`; fails after `ms`. */
export function waitFor (doc: Y.Doc, predicate: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
  if (predicate()) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      doc.off('update', check)
      reject(new Error(`timed out waiting for ${what}`))
    }, ms)
    function check () {
      if (!predicate()) return
      clearTimeout(timer)
      doc.off('update', check)
      resolve()
    }
    doc.on('update', check)
  })
}

/** Resolves with the next event of `name` from an ObservableV2-like emitter, or fails after `ms`. */
export function nextEvent<T> (emitter: { on (name: string, f: (arg: T) => void): void; off (name: string, f: (arg: T) => void): void }, name: string, ms = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      emitter.off(name, handler)
      reject(new Error(`timed out waiting for ${name}`))
    }, ms)
    function handler (arg: T) {
      clearTimeout(timer)
      emitter.off(name, handler)
      resolve(arg)
    }
    emitter.on(name, handler)
  })
}
