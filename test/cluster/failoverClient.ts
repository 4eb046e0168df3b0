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

  constructor (private readonly urls: string[], private readonly docName: string, private readonly cookie: string) {
    this.connection = this.open()
  }

  /** Which URL it is on now. */
  get url (): string {
    return this.urls[this.index]
  }

  private open (): DocConnection {
    const connection = connectDoc(this.urls[this.index], this.docName, this.cookie, this.doc)
    connection.provider.on('connection-close', () => {
      if (this.connection !== connection) return
      // The instance went away: move on instead of retrying the dead one.
      this.index = (this.index + 1) % this.urls.length
      this.connection = this.open()
      connection.destroy()
    })
    return connection
  }
}
