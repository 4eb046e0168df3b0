import { useEffect, useState } from 'react'
import { reportSections } from '../../shared/report/reportDoc'
import type { DocConnection } from '../sync/DocConnection'

const isReady = (connection: DocConnection | null): boolean =>
  connection !== null && (connection.provider.synced || reportSections(connection.doc).size > 0)

/**
 * Whether the report can be shown: the server has sent its state, or an
 * offline copy already holds sections. Showing the empty document before
 * that would flash «no sections» and mount editors twice. Coming back to the
 * tab (the report stays connected) is ready at once.
 */
export function useReportReady (connection: DocConnection | null): boolean {
  const [ready, setReady] = useState(() => isReady(connection))
  useEffect(() => {
    // A new connection (e.g. a fresh copy after a refused write) starts over.
    setReady(isReady(connection))
    if (!connection) return
    const check = () => {
      if (isReady(connection)) setReady(true)
    }
    connection.provider.on('sync', check)
    connection.doc.on('update', check)
    return () => {
      connection.provider.off('sync', check)
      connection.doc.off('update', check)
    }
  }, [connection])
  return ready
}
