import { useState } from 'react'
import type * as Y from 'yjs'
import { addInnovationStatus, type RecordMap } from '../../shared/registry/registryDoc'
import { InnovationStatusRow } from './InnovationStatusRow'
import { registryStrings } from './registryStrings'
import { entryKey, recordList, removeEntry } from './yRecord'

export interface InnovationStatusListProps {
  doc: Y.Doc
  organisationId: string
  record: RecordMap
  name: string
  canWrite: boolean
}

/** The statuses of one organisation, one row each, inside its table cell. */
export function InnovationStatusList ({ doc, organisationId, record, name, canWrite }: InnovationStatusListProps) {
  const s = registryStrings.status
  const statuses = recordList(record, 'statuses')
  // The entry this person just added, so that its status field takes the focus when it appears.
  const [created, setCreated] = useState<RecordMap | null>(null)
  const entries = statuses?.toArray() ?? []

  function add () {
    addInnovationStatus(doc, organisationId, { status: '' })
    const list = recordList(record, 'statuses')
    setCreated(list && list.length > 0 ? list.get(list.length - 1) : null)
  }

  return (
    <div className="registry-statuses">
      {entries.length > 0
        ? (
          <ul className="registry-statuses__list">
            {entries.map((entry, index) => (
              <InnovationStatusRow
                key={entryKey(entry)}
                entry={entry}
                label={s.groupOf(index + 1, name)}
                canWrite={canWrite}
                autoFocus={entry === created}
                onRemove={() => { if (statuses) removeEntry(statuses, entry) }}
              />
            ))}
          </ul>
          )
        : <span className="muted registry-statuses__none">{s.none}</span>}
      {canWrite
        ? <button type="button" className="button button--link registry-statuses__add" onClick={add} data-testid="status-add">{s.add}</button>
        : null}
    </div>
  )
}
