import { useCallback, useEffect, useState } from 'react'
import type { VersionInfo } from '../../../shared/review/versionModel'
import { listVersions } from './versionsApi'

export type VersionsState =
  | { status: 'loading' }
  | { status: 'ok'; versions: VersionInfo[] }
  | { status: 'error'; message: string }

/** The board's versions, newest first, reloaded on demand (after saving or restoring). */
export function useVersions (boardId: string): { state: VersionsState; reload: () => void } {
  const [state, setState] = useState<VersionsState>({ status: 'loading' })
  const [generation, setGeneration] = useState(0)
  useEffect(() => {
    let current = true
    void listVersions(boardId).then(result => {
      if (!current) return
      setState(result.ok ? { status: 'ok', versions: [...result.data.versions].reverse() } : { status: 'error', message: result.error.message })
    })
    return () => { current = false }
  }, [boardId, generation])
  const reload = useCallback(() => setGeneration(g => g + 1), [])
  return { state, reload }
}
