import { useCallback, useEffect, useState } from 'react'
import type { UserInfo } from '../../shared/api'
import type { ApiError } from '../api/apiClient'
import { getSession, signOut as deleteSession } from '../api/endpoints'
import { onSessionEnded } from '../api/sessionEvents'
import { clearOfflineCopies } from '../sync/offlineCopies'

export type SessionState =
  | { status: 'loading' }
  /** The session could not be checked (no connection, server error). */
  | { status: 'error'; error: ApiError }
  /** `ended`: the user was signed in and the server stopped accepting the session. */
  | { status: 'signedOut'; ended: boolean }
  | { status: 'signedIn'; user: UserInfo }

export interface Session {
  state: SessionState
  /** Checks the session cookie again (after an error). */
  retry: () => void
  signedIn: (user: UserInfo) => void
  /** Resolves to the error when the server could not be told; the user stays signed in then. */
  signOut: () => Promise<ApiError | null>
  /** The signed-in user's own record changed (e.g. renamed by themselves as an admin). */
  updateUser: (user: UserInfo) => void
}

/** The session bootstrap (GET /api/session/current) and its transitions. */
export function useSession (): Session {
  const [state, setState] = useState<SessionState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let current = true
    setState({ status: 'loading' })
    void getSession().then(result => {
      if (!current) return
      if (result.ok) {
        const user = result.data.user
        setState(user ? { status: 'signedIn', user } : { status: 'signedOut', ended: false })
      } else if (result.status === 401) setState({ status: 'signedOut', ended: false })
      else setState({ status: 'error', error: result.error })
    })
    return () => { current = false }
  }, [attempt])

  useEffect(() => onSessionEnded(() => {
    setState(prev => prev.status === 'signedIn' ? { status: 'signedOut', ended: true } : prev)
  }), [])

  const retry = useCallback(() => setAttempt(a => a + 1), [])
  const signedIn = useCallback((user: UserInfo) => setState({ status: 'signedIn', user }), [])
  const updateUser = useCallback((user: UserInfo) => {
    setState(prev => prev.status === 'signedIn' && prev.user.login === user.login ? { status: 'signedIn', user } : prev)
  }, [])
  const signOut = useCallback(async () => {
    const result = await deleteSession()
    // 401: the session was already gone, which is what signing out wants.
    if (!result.ok && result.status !== 401) return result.error
    // Offline copies belong to this person; the next one on this computer must not get them.
    await clearOfflineCopies()
    setState({ status: 'signedOut', ended: false })
    return null
  }, [])

  return { state, retry, signedIn, signOut, updateUser }
}
