import { useCallback, type KeyboardEvent, type RefObject } from 'react'
import { DragMode, draggedRange, sameRange } from '../../../shared/timeline/dragMonths'
import type { TimelineRow } from '../../../shared/timeline/timelineModel'
import type { MonthRange } from '../../../shared/timing/schedule'
import { fromMonthSerial, monthSerial } from '../../../shared/timing/yearMonth'

export interface TimelineKeysOptions {
  root: RefObject<HTMLElement | null>
  /** Every focusable item in display order (lanes, then «Без срока»). */
  order: TimelineRow[]
  bounds: MonthRange
  canWrite: boolean
  setActive: (id: string) => void
  open: (id: string, byKeyboard: boolean) => void
  commit: (id: string, range: MonthRange) => boolean
}

/**
 * The keyboard on the timeline: ↑ ↓ Home End move between items (one Tab stop
 * for the whole chart), Enter or Space opens the card, and Alt+← → moves a
 * month bar by a month (with Shift: its end), the keyboard's way to drag.
 */
export function useTimelineKeys ({ root, order, bounds, canWrite, setActive, open, commit }: TimelineKeysOptions) {
  const focus = useCallback((id: string) => {
    setActive(id)
    root.current?.querySelector<HTMLElement>(`[data-nav-id="${CSS.escape(id)}"]`)?.focus()
  }, [root, setActive])

  return useCallback((event: KeyboardEvent<HTMLElement>, row: TimelineRow) => {
    const id = row.item.id
    if (event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      event.preventDefault()
      if (!canWrite || !row.draggable) return
      const from = row.draggable.start
      const to = fromMonthSerial(monthSerial(from) + (event.key === 'ArrowLeft' ? -1 : 1))
      const next = draggedRange(row.draggable, event.shiftKey ? DragMode.end : DragMode.move, from, to, bounds)
      if (!sameRange(next, row.draggable)) commit(id, next)
      return
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const index = order.findIndex(r => r.item.id === id)
    const target = (position: number) => order[Math.max(0, Math.min(order.length - 1, position))]?.item.id
    let next: string | undefined
    switch (event.key) {
      case 'Enter':
      case ' ':
        event.preventDefault()
        open(id, true)
        return
      case 'ArrowDown': next = target(index + 1); break
      case 'ArrowUp': next = target(index - 1); break
      case 'Home': next = target(0); break
      case 'End': next = target(order.length - 1); break
      default: return
    }
    event.preventDefault()
    if (next) focus(next)
  }, [order, bounds, canWrite, open, commit, focus])
}
