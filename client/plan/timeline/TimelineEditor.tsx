import { useEffect, useId, useMemo, useRef } from 'react'
import type * as Y from 'yjs'
import type { AcademicYear } from '../../../shared/academicYear'
import { fieldLabels, isItemStatus, itemStatuses, statusLabels, type ItemStatus, type PlanTextField } from '../../../shared/plan/planFields'
import { nodeText, planNodes, setStatus } from '../../../shared/plan/planDoc'
import { parseTiming } from '../../../shared/timing/parseTiming'
import { YTextField } from '../../sync/YTextField'
import { describeSchedule } from './describeSchedule'
import { timelineStrings } from './timelineStrings'
import { useYTextValue } from '../../sync/useYTextValue'

export interface TimelineEditorProps {
  doc: Y.Doc
  /** Move the keyboard into the card (opened with Enter), or leave it where it was (opened with a click). */
  takeFocus: boolean
  nodeId: string
  /** From the live snapshot, so a number or status changed elsewhere shows here. */
  number: string | null
  status: ItemStatus | null
  year: AcademicYear
  canWrite: boolean
  onClose: () => void
}

const fields: ReadonlyArray<{ field: PlanTextField; multiline: boolean }> = [
  { field: 'title', multiline: true },
  { field: 'timing', multiline: false },
  { field: 'audience', multiline: true },
  { field: 'responsible', multiline: false },
]

/**
 * The item's card beside the timeline. Every field is bound to the item's own
 * Y.Text, so typing here merges with someone typing in the table, and a
 * timing typed here moves the bar as soon as it reads.
 */
export function TimelineEditor ({ doc, takeFocus, nodeId, number, status, year, canWrite, onClose }: TimelineEditorProps) {
  const headingId = useId()
  const panel = useRef<HTMLDivElement>(null)
  const node = planNodes(doc).get(nodeId)
  const timing = node ? nodeText(node, 'timing') : null
  const timingValue = useYTextValue(timing)
  const schedule = useMemo(() => parseTiming(timingValue, year), [timingValue, year])
  const understood = describeSchedule(schedule, year)

  // Opened from the keyboard: announce the card and let the keyboard continue inside it.
  useEffect(() => {
    if (takeFocus) panel.current?.focus()
  }, [nodeId, takeFocus])

  return (
    <div
      ref={panel}
      className="timeline-editor"
      role="dialog"
      aria-labelledby={headingId}
      tabIndex={-1}
      data-testid="timeline-editor"
      data-node-id={nodeId}
      onKeyDown={event => {
        if (event.key !== 'Escape') return
        event.stopPropagation()
        onClose()
      }}
    >
      <header className="timeline-editor__head">
        <h2 className="timeline-editor__title" id={headingId}>{timelineStrings.editor.title(number ?? '')}</h2>
        <button type="button" className="button button--secondary timeline-editor__close" aria-label={timelineStrings.editor.close}
          title={timelineStrings.editor.closeHint} data-testid="timeline-editor-close" onClick={onClose}>
          ×
        </button>
      </header>
      {!node || number === null
        ? <p className="timeline-editor__note">{timelineStrings.editor.gone}</p>
        : (
          <div className="form">
            {!canWrite && <p className="notice notice--info">{timelineStrings.editor.readOnly}</p>}
            {fields.map(({ field, multiline }) => {
              const text = nodeText(node, field)
              if (!text) return null
              const id = `${headingId}-${field}`
              return (
                <div className="field" key={field}>
                  <label className="field__label" htmlFor={id}>{fieldLabels[field]}</label>
                  <YTextField id={id} className="field__input" text={text} readOnly={!canWrite} multiline={multiline}
                    data-testid={`timeline-editor-${field}`} />
                  {field === 'timing' && (
                    <span className={`field__hint${understood === null ? ' is-warning' : ''}`} data-testid="timeline-editor-understood">
                      {understood === null ? timelineStrings.editor.notUnderstood : `${timelineStrings.editor.understood} ${understood}`}
                      {understood !== null && schedule.warnings.map(warning => <span key={warning} className="timeline-editor__warning"> {warning}</span>)}
                    </span>
                  )}
                </div>
              )
            })}
            <div className="field">
              <label className="field__label" htmlFor={`${headingId}-status`}>{timelineStrings.editor.status}</label>
              <select
                id={`${headingId}-status`}
                className="select"
                value={status ?? 'planned'}
                disabled={!canWrite}
                data-testid="timeline-editor-status"
                onChange={event => {
                  if (canWrite && isItemStatus(event.target.value)) setStatus(doc, nodeId, event.target.value)
                }}
              >
                {itemStatuses.map(value => <option key={value} value={value}>{statusLabels[value]}</option>)}
              </select>
            </div>
          </div>
        )}
    </div>
  )
}
