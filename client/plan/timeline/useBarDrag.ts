import { useEffect, useRef, useState, type MouseEvent, type PointerEvent } from 'react'
import { DragMode, draggedRange, sameRange } from '../../../shared/timeline/dragMonths'
import { monthAt, type TimelineWindow } from '../../../shared/timeline/timelineLayout'
import type { MonthRange } from '../../../shared/timing/schedule'

/** A press that moves less than this is a click (opens the card), not a drag. */
const DRAG_THRESHOLD_PX = 4

export interface BarDragOptions {
  view: TimelineWindow
  range: MonthRange
  /** The first and last month a bar may reach. */
  bounds: MonthRange
  enabled: boolean
  /** Rewrites the timing; false when nothing changed. */
  onCommit: (range: MonthRange) => boolean
}

interface Press {
  element: HTMLElement
  pointerId: number
  mode: DragMode
  /** The track's box at the press: positions are measured against it. */
  track: DOMRect
  startX: number
  from: string
  moved: boolean
}

/**
 * Drag by whole months with pointer events (mouse, pen and touch alike). While
 * dragging, only a local preview moves; the timing text is rewritten once, on
 * drop, so others see one change rather than every month crossed. The preview
 * stays until the rewritten timing comes back as the bar's range, so the bar
 * never flicks back to where it was for a frame.
 */
export function useBarDrag ({ view, range, bounds, enabled, onCommit }: BarDragOptions) {
  const [preview, setPreview] = useState<MonthRange | null>(null)
  const press = useRef<Press | null>(null)
  const justDragged = useRef(false)

  useEffect(() => setPreview(null), [range.start, range.end])

  // Esc drops a drag in progress; the bar itself has no focus to hear it.
  const dragging = preview !== null && press.current !== null
  useEffect(() => {
    if (!dragging) return
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return
      event.stopPropagation()
      cancel()
    }
    document.addEventListener('keydown', onKey, true)
    return () => document.removeEventListener('keydown', onKey, true)
  }, [dragging])

  const rangeAt = (p: Press, clientX: number) =>
    draggedRange(range, p.mode, p.from, monthAt(view, (clientX - p.track.left) / p.track.width), bounds)

  function cancel () {
    const p = press.current
    press.current = null
    if (p?.moved) justDragged.current = true
    if (p?.element.hasPointerCapture(p.pointerId)) p.element.releasePointerCapture(p.pointerId)
    setPreview(null)
  }

  return {
    preview,
    dragging: preview !== null,
    handlers: {
      onPointerDown (event: PointerEvent<HTMLElement>) {
        if (!enabled || event.button !== 0) return
        const track = event.currentTarget.parentElement?.getBoundingClientRect()
        if (!track || track.width === 0) return
        const handle = (event.target as HTMLElement).dataset.handle
        const mode = handle === DragMode.start || handle === DragMode.end ? handle : DragMode.move
        const from = monthAt(view, (event.clientX - track.left) / track.width)
        press.current = { element: event.currentTarget, pointerId: event.pointerId, mode, track, startX: event.clientX, from, moved: false }
        event.currentTarget.setPointerCapture(event.pointerId)
        // No text selection or native drag while the bar is held.
        event.preventDefault()
      },
      onPointerMove (event: PointerEvent<HTMLElement>) {
        const p = press.current
        if (!p || event.pointerId !== p.pointerId) return
        if (!p.moved && Math.abs(event.clientX - p.startX) < DRAG_THRESHOLD_PX) return
        p.moved = true
        const next = rangeAt(p, event.clientX)
        setPreview(current => current && sameRange(current, next) ? current : next)
      },
      onPointerUp (event: PointerEvent<HTMLElement>) {
        const p = press.current
        if (!p || event.pointerId !== p.pointerId) return
        press.current = null
        event.currentTarget.releasePointerCapture(p.pointerId)
        if (!p.moved) return
        justDragged.current = true
        const next = rangeAt(p, event.clientX)
        setPreview(next)
        if (sameRange(next, range) || !onCommit(next)) setPreview(null)
      },
      onPointerCancel () {
        cancel()
      },
      // The click that ends a drag must not open the item's card.
      onClickCapture (event: MouseEvent<HTMLElement>) {
        if (!justDragged.current) return
        justDragged.current = false
        event.stopPropagation()
      },
    },
  }
}
