import { useMemo, useSyncExternalStore } from 'react'
import { parseRoute, type Route } from './route'

function subscribe (onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

function getHash (): string {
  return window.location.hash
}

/** The current route, re-rendering on every change of `location.hash`. */
export function useHashRoute (): Route {
  const hash = useSyncExternalStore(subscribe, getHash)
  return useMemo(() => parseRoute(hash), [hash])
}
