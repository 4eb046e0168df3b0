import { useState } from 'react'
import type * as Y from 'yjs'
import { addHistoryPoint, type RecordMap } from '../../shared/registry/registryDoc'
import { HistoryPointRow } from './HistoryPointRow'
import { nextYearLabel } from './nextYearLabel'
import { registryStrings } from './registryStrings'
import { entryKey, recordList, removeEntry } from './yRecord'

export interface IndicatorHistoryProps {
  doc: Y.Doc
  indicatorId: string
  record: RecordMap
  canWrite: boolean
}

/** The indicator's values over past years, as typed, in the order entered. */
export function IndicatorHistory ({ doc, indicatorId, record, canWrite }: IndicatorHistoryProps) {
  const s = registryStrings.indicators
  const history = recordList(record, 'history')
  const entries = history?.toArray() ?? []
  const [created, setCreated] = useState<RecordMap | null>(null)

  function add () {
    const last = entries[entries.length - 1]?.get('year')
    addHistoryPoint(doc, indicatorId, { year: nextYearLabel(last?.toString()), value: '' })
    const list = recordList(record, 'history')
    setCreated(list && list.length > 0 ? list.get(list.length - 1) : null)
  }

  return (
    <div className="registry-history">
      <div className="field__label">{s.history}</div>
      {entries.length > 0
        ? (
          <ol className="registry-history__list">
            {entries.map(entry => (
              <HistoryPointRow key={entryKey(entry)} entry={entry} canWrite={canWrite} autoFocus={entry === created}
                onRemove={() => { if (history) removeEntry(history, entry) }} />
            ))}
          </ol>
          )
        : <p className="muted registry-history__none">{registryStrings.status.none}</p>}
      {canWrite
        ? <button type="button" className="button button--link" onClick={add} data-testid="history-add">{s.addPoint}</button>
        : null}
    </div>
  )
}
