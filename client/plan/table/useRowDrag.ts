import { useCallback, useRef, useState, type DragEvent } from 'react'
import type * as Y from 'yjs'
import { dropPlacement, dropRow, type DropPlace } from './planCommands'

export interface DropHint {
  nodeId: string
  place: DropPlace
}

export interface RowDrag {
  hint: DropHint | null
  dragStart: (nodeId: string, event: DragEvent) => void
  dragOver: (nodeId: string, event: DragEvent) => void
  drop: (nodeId: string, event: DragEvent) => void
  dragEnd: () => void
}

function placeOf (event: DragEvent): DropPlace {
  const rect = (event.currentTarget as HTMLElement).getBoundingClientRect()
  return event.clientY < rect.top + rect.height / 2 ? 'before' : 'after'
}

/**
 * Reordering rows by HTML5 drag and drop from the handle in «№ п/п». The
 * upper half of a row drops before it, the lower half after; rows that
 * cannot take the dragged one (its own sub-items) refuse the drop. The move
 * itself is planDoc's moveNode, one undo step.
 */
export function useRowDrag (doc: Y.Doc, undo: Y.UndoManager | null, onMoved: (nodeId: string) => void): RowDrag {
  const dragged = useRef<string | null>(null)
  const [hint, setHint] = useState<DropHint | null>(null)

  const dragStart = useCallback((nodeId: string, event: DragEvent) => {
    dragged.current = nodeId
    event.dataTransfer.effectAllowed = 'move'
    // Some browsers start no drag without data.
    event.dataTransfer.setData('text/plain', nodeId)
    const row = (event.target as HTMLElement).closest('tr')
    if (row) event.dataTransfer.setDragImage(row, 12, 12)
  }, [])

  const dragOver = useCallback((nodeId: string, event: DragEvent) => {
    const id = dragged.current
    if (!id) return
    const place = placeOf(event)
    if (!dropPlacement(doc, id, nodeId, place)) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'move'
    setHint(prev => prev?.nodeId === nodeId && prev.place === place ? prev : { nodeId, place })
  }, [doc])

  const dragEnd = useCallback(() => {
    dragged.current = null
    setHint(null)
  }, [])

  const drop = useCallback((nodeId: string, event: DragEvent) => {
    const id = dragged.current
    if (!id) return
    event.preventDefault()
    undo?.stopCapturing()
    const moved = dropRow(doc, id, nodeId, placeOf(event))
    undo?.stopCapturing()
    dragEnd()
    if (moved) onMoved(moved)
  }, [doc, undo, onMoved, dragEnd])

  return { hint, dragStart, dragOver, drop, dragEnd }
}
