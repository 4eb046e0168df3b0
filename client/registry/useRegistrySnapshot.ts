import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { readRegistry, type RegistryData } from '../../shared/registry/registrySnapshot'

/**
 * The registry as plain data, rebuilt at most once per animation frame
 * however many updates arrive (a burst of remote keystrokes costs one rebuild).
 */
export function useRegistrySnapshot (doc: Y.Doc): RegistryData {
  const [snapshot, setSnapshot] = useState<RegistryData>(() => readRegistry(doc))
  useEffect(() => {
    setSnapshot(readRegistry(doc))
    let frame = 0
    const onUpdate = () => {
      if (frame) return
      frame = requestAnimationFrame(() => {
        frame = 0
        setSnapshot(readRegistry(doc))
      })
    }
    doc.on('update', onUpdate)
    return () => {
      doc.off('update', onUpdate)
      if (frame) cancelAnimationFrame(frame)
    }
  }, [doc])
  return snapshot
}
