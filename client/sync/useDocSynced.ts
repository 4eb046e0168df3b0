import { useEffect, useState } from 'react'
import type { DocConnection } from './DocConnection'

/** Whether the document has had its first full state from the server (so an empty plan or registry really is empty). */
export function useDocSynced (connection: DocConnection): boolean {
  const [synced, setSynced] = useState(() => connection.provider.synced)
  useEffect(() => {
    let live = true
    void connection.whenSynced().then(() => { if (live) setSynced(true) })
    return () => { live = false }
  }, [connection])
  return synced
}
