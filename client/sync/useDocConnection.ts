import { useEffect, useRef, useState } from 'react'
import * as Y from 'yjs'
import { IndexeddbPersistence } from 'y-indexeddb'
import type { RootKind } from '../../shared/review/docLayouts'
import { refusedTexts, type RefusedText } from '../../shared/review/refusedText'
import { closeMessageOf } from '../../shared/protocol/closeCodes'
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
  /** Texts typed here that the server refused (kept so they can be copied, not lost). */
  refused: RefusedText[]
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
export function useDocConnection (
  name: string | null,
  user: PresenceUser,
  canWrite: boolean,
  onRefused?: () => void,
  /** The document's root types, to find what was refused; none: nothing is compared. */
  layout?: ReadonlyArray<{ key: string; kind: RootKind }>,
): DocConnectionState {
  const [generation, setGeneration] = useState(0)
  // Kept in a ref: a new callback must not reconnect the document.
  const refused = useRef(onRefused)
  refused.current = onRefused
  /** The copy dropped after a refusal, kept until the fresh one has synced and been compared. */
  const dropped = useRef<Y.Doc | null>(null)
  const [state, setState] = useState<DocConnectionState>({ connection: null, saveState: 'offline', problem: null, refused: [] })

  useEffect(() => {
    if (name === null) {
      setState({ connection: null, saveState: 'saved', problem: null, refused: [] })
      return
    }
    const doc = new Y.Doc()
    const offline = canWrite ? new IndexeddbPersistence(offlineDbName(name), doc) : null
    const connection = new DocConnection({ serverUrl: syncServerUrl(), name, doc })
    connection.awareness.setLocalStateField('user', { login: user.login, name: user.name, color: user.color || userColor(user.login) })
    setState(prev => ({ connection, saveState: connection.saveState, problem: generation > 0 ? prev.problem : null, refused: prev.refused }))
    const previous = dropped.current
    if (previous) {
      // Compared with the first fresh copy that actually syncs (the role may change again meanwhile and reconnect).
      void connection.whenSynced().then(() => {
        if (dropped.current !== previous) return
        dropped.current = null
        const lost = layout ? refusedTexts(previous, doc, layout) : []
        previous.destroy()
        if (lost.length > 0) setState(prev => ({ ...prev, refused: lost }))
      })
    }
    let passing: string | null = null
    connection.on('save-state', saveState => setState(prev => {
      // A limit that passed (reconnected after a wait): its message goes away with it.
      if (saveState === 'saved' && passing !== null && prev.problem === passing) {
        passing = null
        return { ...prev, saveState, problem: null }
      }
      return { ...prev, saveState }
    }))
    connection.on('closed', ({ code, behaviour }) => {
      if (behaviour === 'signIn') notifySessionEnded()
      const problem = closeMessageOf(code)
      passing = behaviour === 'reconnectLater' ? problem : null
      setState(prev => ({ ...prev, problem }))
      if (behaviour === 'resync') {
        // The role may have changed: let the page learn the new one (and turn read-only) while the copy reloads.
        refused.current?.()
        // Refused again before the last refusal was compared: keep both copies' words.
        if (dropped.current && dropped.current !== doc) {
          Y.applyUpdate(doc, Y.encodeStateAsUpdate(dropped.current))
          dropped.current.destroy()
        }
        dropped.current = doc
        void (offline ? offline.clearData() : Promise.resolve()).then(() => setGeneration(g => g + 1))
      }
    })
    return () => {
      connection.destroy()
      void offline?.destroy()
      // A refused copy lives on until the fresh one is compared with it.
      if (dropped.current !== doc) doc.destroy()
    }
  }, [name, user.login, user.name, user.color, canWrite, generation])

  return state
}
