import { useEffect, useState } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import { presenceByRow, presenceKey, type RowPresence } from './rowPresence'

const NONE: ReadonlyMap<string, RowPresence[]> = new Map()

/**
 * Other people's plan cursors by row. The map is replaced only when what it
 * shows changes, so awareness traffic that does not move a cursor (someone
 * typing in the notes, heartbeats) does not re-render the table.
 */
export function useRowPresence (awareness: Awareness | null): ReadonlyMap<string, RowPresence[]> {
  const [rows, setRows] = useState(NONE)
  useEffect(() => {
    if (!awareness) return
    let key = ''
    const update = () => {
      const next = presenceByRow(awareness.getStates(), awareness.clientID)
      const nextKey = presenceKey(next)
      if (nextKey === key) return
      key = nextKey
      setRows(next)
    }
    update()
    awareness.on('change', update)
    return () => awareness.off('change', update)
  }, [awareness])
  return rows
}
