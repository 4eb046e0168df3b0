import { useCallback, useMemo, useRef, useState } from 'react'
import type * as Y from 'yjs'
import { nodeText, planNodes, replaceText } from '../../../shared/plan/planDoc'
import { flattenItems } from '../../../shared/plan/planSnapshot'
import { timelineRowOrder } from '../../../shared/timeline/timelineModel'
import { TimelineZoom } from '../../../shared/timeline/timelineZoom'
import { formatMonthRange } from '../../../shared/timing/formatTiming'
import type { MonthRange } from '../../../shared/timing/schedule'
import { useBoardConnection } from '../../board/live/BoardConnection'
import { PlanFilterBar } from '../filters/PlanFilterBar'
import { usePlanFilters } from '../PlanFilters'
import { usePlanSnapshot } from '../usePlanSnapshot'
import { TimelineEditor } from './TimelineEditor'
import { TimelineHeader } from './TimelineHeader'
import { TimelineLane } from './TimelineLane'
import { TimelineLegend } from './TimelineLegend'
import { TimelineOverlay } from './TimelineOverlay'
import { timelineStrings } from './timelineStrings'
import { TimelineToolbar } from './TimelineToolbar'
import { UnscheduledList } from './UnscheduledList'
import { useMoscowToday } from './useMoscowToday'
import { useTimelineKeys } from './useTimelineKeys'
import { useTimelineModel } from './useTimelineModel'
import { useTimelineZoom } from './useTimelineZoom'

/**
 * The «Таймлайн» tab: the plan on the academic year, September → August, one
 * lane per section. It reads the same live document as the table, so an edit
 * there moves a bar here at once, and a bar dragged here rewrites the item's
 * «Сроки проведения» for everyone.
 */
export function TimelineTab () {
  const { plan, year, canWrite } = useBoardConnection()
  const doc = plan?.doc ?? null
  const snapshot = usePlanSnapshot(doc)
  const { filter } = usePlanFilters()
  const { model, columns } = useTimelineModel(snapshot, filter, year)
  const today = useMoscowToday()
  const zoom = useTimelineZoom(columns, today)
  const root = useRef<HTMLElement>(null)
  const [activeId, setActiveId] = useState<string | null>(null)
  const [selected, setSelected] = useState<{ id: string; byKeyboard: boolean } | null>(null)

  const order = useMemo(() => timelineRowOrder(model), [model])
  const tabbableId = order.some(row => row.item.id === activeId) ? activeId : order[0]?.item.id ?? null
  const bounds = useMemo(() => ({ start: columns[0].month, end: columns[columns.length - 1].month }), [columns])
  const selectedItem = useMemo(
    () => selected ? flattenItems(snapshot).find(item => item.id === selected.id) ?? null : null,
    [snapshot, selected],
  )

  const open = useCallback((id: string, byKeyboard: boolean) => {
    setActiveId(id)
    setSelected({ id, byKeyboard })
  }, [])
  const close = () => {
    const id = selected?.id
    setSelected(null)
    if (id) root.current?.querySelector<HTMLElement>(`[data-nav-id="${CSS.escape(id)}"]`)?.focus()
  }
  const commit = useCallback((id: string, range: MonthRange): boolean => {
    if (!doc || !canWrite) return false
    const before = timingOf(doc, id)
    replaceText(doc, id, 'timing', formatMonthRange(range.start, range.end, year))
    return timingOf(doc, id) !== before
  }, [doc, canWrite, year])
  const onKeyDown = useTimelineKeys({ root, order, bounds, canWrite, setActive: setActiveId, open, commit })

  if (!doc) return <p className="page-status">{timelineStrings.connecting}</p>

  const rowProps = { view: zoom.view, year, bounds, canWrite, tabbableId, selectedId: selected?.id ?? null, onOpen: (id: string) => open(id, false), onKeyDown, onCommit: commit }
  return (
    <section className={`timeline${selected ? ' has-editor' : ''}`} ref={root} data-testid="timeline">
      <PlanFilterBar snapshot={snapshot} />
      <TimelineToolbar zoom={zoom} />
      <div className="timeline-layout">
        <div className="timeline-main">
          {snapshot.sections.length === 0
            ? <p className="empty-state">{timelineStrings.empty}</p>
            : (
              <div className="timeline-chart" role="group" aria-label={timelineStrings.chartLabel} data-zoom={zoom.zoom}>
                <TimelineHeader view={zoom.view} showDays={zoom.zoom === TimelineZoom.month} />
                <div className="timeline-body">
                  <TimelineOverlay view={zoom.view} today={today} showWeekends={zoom.zoom === TimelineZoom.month} />
                  {model.lanes.length === 0 && <p className="timeline-body__empty">{timelineStrings.nothingFound}</p>}
                  {model.lanes.map(lane => <TimelineLane key={lane.section.id} lane={lane} {...rowProps} />)}
                </div>
              </div>
            )}
          <UnscheduledList rows={model.unscheduled} tabbableId={tabbableId} selectedId={selected?.id ?? null}
            onOpen={id => open(id, false)} onKeyDown={onKeyDown} />
          <TimelineLegend canWrite={canWrite} />
        </div>
        {selected && (
          <TimelineEditor
            key={selected.id}
            doc={doc}
            takeFocus={selected.byKeyboard}
            nodeId={selected.id}
            number={selectedItem?.number ?? null}
            status={selectedItem?.status ?? null}
            year={year}
            canWrite={canWrite}
            onClose={close}
          />
        )}
      </div>
    </section>
  )
}

/** The item's timing as the document holds it now (the snapshot catches up a frame later). */
function timingOf (doc: Y.Doc, id: string): string {
  const node = planNodes(doc).get(id)
  return (node && nodeText(node, 'timing')?.toString()) ?? ''
}
