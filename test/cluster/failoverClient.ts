import * as Y from 'yjs'
import type { DocConnection } from '../../client/sync/DocConnection'
import { connectDoc } from '../helpers/yClient'

/**
 * A client given a list of instance URLs, as a browser behind a load
 * balancer would be sent to a live one: it syncs one Y.Doc through the first
 * URL and, when that connection drops, through the next. Yjs resends
 * whatever the new instance lacks.
 */
export class FailoverClient {
  readonly doc = new Y.Doc()
  connection: DocConnection
  private index = 0
  private readonly moved = new Set<() => void>()

  constructor (private readonly urls: string[], private readonly docName: string, private readonly cookie: string) {
    this.connection = this.open()
  }

  /** Which URL it is on now. */
  get url (): string {
    return this.urls[this.index]
  }

  /** Resolves once the client is on `url`; fails after `ms`. */
  whenOn (url: string, ms: number): Promise<void> {
    if (this.url === url) return Promise.resolve()
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.moved.delete(check)
        reject(new Error(`still on ${this.url}, not ${url}`))
      }, ms)
      const check = () => {
        if (this.url !== url) return
        clearTimeout(timer)
        this.moved.delete(check)
        resolve()
      }
      this.moved.add(check)
    })
  }

  private open (): DocConnection {
    const connection = connectDoc(this.urls[this.index], this.docName, this.cookie, this.doc)
    connection.provider.on('connection-close', () => {
      if (this.connection !== connection) return
      // The instance went away: move on instead of retrying the dead one.
      this.index = (this.index + 1) % this.urls.length
      this.connection = this.open()
      connection.destroy()
      for (const check of [...this.moved]) check()
    })
    return connection
  }
}
