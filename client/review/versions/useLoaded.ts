import { useEffect, useState } from 'react'
import type { ApiResult } from '../../api/apiClient'

export type Loaded<T> = { status: 'loading' } | { status: 'ok'; data: T } | { status: 'error'; message: string }

/** One request's answer for a view that shows it; a stale answer (the key changed) is dropped. */
export function useLoaded<T> (key: string, load: () => Promise<ApiResult<T>>): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' })
  useEffect(() => {
    let current = true
    setState({ status: 'loading' })
    void load().then(result => {
      if (current) setState(result.ok ? { status: 'ok', data: result.data } : { status: 'error', message: result.error.message })
    })
    return () => { current = false }
    // `load` is a new closure each render; the key says when it asks for something else.
  }, [key])
  return state
}
