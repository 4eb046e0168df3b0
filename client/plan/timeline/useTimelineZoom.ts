import { useState } from 'react'
import type { TimelineColumn } from '../../../shared/timeline/timelineColumns'
import { timelineWindow, type TimelineWindow } from '../../../shared/timeline/timelineLayout'
import { TimelineZoom, windowIndexOf, zoomWindows } from '../../../shared/timeline/timelineZoom'

export interface TimelineZoomState {
  zoom: TimelineZoom
  /** Which window of the zoom is shown, and how many there are. */
  index: number
  count: number
  view: TimelineWindow
  setZoom: (zoom: TimelineZoom) => void
  /** -1: the previous quarter or month, +1: the next. */
  step: (direction: -1 | 1) => void
}

/**
 * The zoom and the quarter or month on screen. Zooming in opens on today when
 * today is in view, otherwise on the first month that was in view, so the user
 * keeps their place.
 */
export function useTimelineZoom (columns: TimelineColumn[], today: string): TimelineZoomState {
  const [state, setState] = useState<{ zoom: TimelineZoom; index: number }>({ zoom: TimelineZoom.year, index: 0 })
  const windows = zoomWindows(columns, state.zoom)
  // The column list can change under us (the leading August comes and goes).
  const index = Math.min(state.index, windows.length - 1)
  const range = windows[index]
  const view = timelineWindow(columns, range.first, range.last)

  const setZoom = (zoom: TimelineZoom) => {
    if (zoom === state.zoom) return
    const inView = view.columns.some(c => c.month === today.slice(0, 7))
    const anchor = inView ? today.slice(0, 7) : view.columns[0]?.month ?? ''
    setState({ zoom, index: windowIndexOf(zoomWindows(columns, zoom), columns, anchor) })
  }
  const step = (direction: -1 | 1) => {
    setState({ zoom: state.zoom, index: Math.max(0, Math.min(windows.length - 1, index + direction)) })
  }
  return { zoom: state.zoom, index, count: windows.length, view, setZoom, step }
}
