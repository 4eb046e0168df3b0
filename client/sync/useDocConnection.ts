import { useEffect, useRef, useState } from 'react'
import * as Y from 'yjs'
import { IndexeddbPersistence } from 'y-indexeddb'
import { CloseCode, closeCodeMessages } from '../../shared/protocol/closeCodes'
import { notifySessionEnded } from '../api/sessionEvents'
import { DocConnection, type SaveState } from './DocConnection'
import { offlineDbName } from './offlineCopies'
import { syncServerUrl } from './syncServerUrl'
import { userColor } from './userColor'

export interface DocConnectionState {
  connection: DocConnection | null
  saveState: SaveState
  /** Why the server closed the connection for good, in Russian; null while all is well. */
  problem: string | null
}

export interface PresenceUser {
  login: string
  name: string
  color: string
}

/**
 * Connects to one document for as long as the component is mounted. Writers
 * keep an offline copy in IndexedDB so edits made without a connection
 * survive a reload and merge when the connection returns.
 *
 * When the server refuses an update (role changed, lock), nothing more from
 * this copy can ever be accepted, so it is thrown away (memory and IndexedDB)
 * and the document is loaded afresh.
 */
/** `name` null: not connected (e.g. the report while its tab is closed). */
export function useDocConnection (name: string | null, user: PresenceUser, canWrite: boolean, onRefused?: () => void): DocConnectionState {
  const [generation, setGeneration] = useState(0)
  // Kept in a ref: a new callback must not reconnect the document.
  const refused = useRef(onRefused)
  refused.current = onRefused
  const [state, setState] = useState<DocConnectionState>({ connection: null, saveState: 'offline', problem: null })

  useEffect(() => {
    if (name === null) {
      setState({ connection: null, saveState: 'saved', problem: null })
      return
    }
    const doc = new Y.Doc()
    const offline = canWrite ? new IndexeddbPersistence(offlineDbName(name), doc) : null
    const connection = new DocConnection({ serverUrl: syncServerUrl(), name, doc })
    connection.awareness.setLocalStateField('user', { login: user.login, name: user.name, color: user.color || userColor(user.login) })
    setState(prev => ({ connection, saveState: connection.saveState, problem: generation > 0 ? prev.problem : null }))
    connection.on('save-state', saveState => setState(prev => ({ ...prev, saveState })))
    connection.on('closed', ({ code }) => {
      if (code === CloseCode.unauthorized) notifySessionEnded()
      const problem = closeCodeMessages[code as CloseCode] ?? `Соединение закрыто сервером (код ${code}).`
      setState(prev => ({ ...prev, problem }))
      if (code === CloseCode.writeRefused) {
        // The role may have changed: let the page learn the new one (and turn read-only) while the copy reloads.
        refused.current?.()
        void (offline ? offline.clearData() : Promise.resolve()).then(() => setGeneration(g => g + 1))
      }
    })
    return () => {
      connection.destroy()
      void offline?.destroy()
      doc.destroy()
    }
  }, [name, user.login, user.name, user.color, canWrite, generation])

  return state
}
