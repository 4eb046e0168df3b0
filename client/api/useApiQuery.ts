import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { ApiError, ApiResult } from './apiClient'

export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'ok'; data: T }
  | { status: 'error'; error: ApiError }

export interface ApiQuery<T> {
  state: QueryState<T>
  reload: () => void
  /** Replaces the loaded data, e.g. with the response of a mutation. */
  setData: (data: T) => void
  /** Changes the loaded data in place; does nothing unless it has loaded. */
  updateData: (change: (data: T) => T) => void
}

/**
 * Loads data when mounted and whenever `key` changes. A response that arrives
 * after the key changed (or after unmount) is dropped, so a slow answer for
 * the previous board never overwrites the current one.
 */
export function useApiQuery<T> (key: string, load: () => Promise<ApiResult<T>>): ApiQuery<T> {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' })
  const [generation, setGeneration] = useState(0)
  const loadRef = useRef(load)
  // Layout effects run before the loading effect below, so it sees the latest `load`.
  useLayoutEffect(() => { loadRef.current = load })

  useEffect(() => {
    let current = true
    setState({ status: 'loading' })
    void loadRef.current().then(result => {
      if (!current) return
      setState(result.ok ? { status: 'ok', data: result.data } : { status: 'error', error: result.error })
    })
    return () => { current = false }
  }, [key, generation])

  const reload = useCallback(() => setGeneration(g => g + 1), [])
  const setData = useCallback((data: T) => setState({ status: 'ok', data }), [])
  const updateData = useCallback((change: (data: T) => T) => {
    setState(prev => prev.status === 'ok' ? { status: 'ok', data: change(prev.data) } : prev)
  }, [])
  return { state, reload, setData, updateData }
}
