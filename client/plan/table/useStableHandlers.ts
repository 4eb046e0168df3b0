import { useMemo, useRef } from 'react'

/**
 * An object of callbacks whose identity never changes but which always call
 * the latest closures: the memoised rows receive it without re-rendering
 * when the table's state changes.
 */
export function useStableHandlers<T extends { [K in keyof T]: (...args: never[]) => unknown }> (impl: T): T {
  const latest = useRef(impl)
  latest.current = impl
  // The set of names is fixed for a component's life, so the object is built once.
  return useMemo(() => {
    const stable = {} as Record<string, unknown>
    for (const name of Object.keys(impl)) {
      stable[name] = (...args: never[]) => (latest.current[name as keyof T] as (...a: never[]) => unknown)(...args)
    }
    return stable as T
  }, [])
}
