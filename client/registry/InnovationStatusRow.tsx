import type * as Y from 'yjs'
import type { RecordMap } from '../../shared/registry/registryDoc'
import { YTextField } from '../sync/YTextField'
import { registryStrings } from './registryStrings'
import { recordText } from './yRecord'

export const STATUS_OPTIONS_ID = 'registry-status-options'

export interface InnovationStatusRowProps {
  entry: RecordMap
  label: string
  canWrite: boolean
  onRemove: () => void
  autoFocus: boolean
}

/** One status of an organisation: the status (free text with the known codes suggested), its topic and period. */
export function InnovationStatusRow ({ entry, label, canWrite, onRemove, autoFocus }: InnovationStatusRowProps) {
  const s = registryStrings.status
  const status = recordText(entry, 'status')
  const topic = recordText(entry, 'topic')
  const period = recordText(entry, 'period')
  const field = (text: Y.Text | null, name: string, placeholder: string, className: string, extra: object = {}) => text && (
    <YTextField
      text={text}
      readOnly={!canWrite}
      className={`field__input registry-status__${className}`}
      aria-label={`${label}: ${name}`}
      placeholder={canWrite ? placeholder : undefined}
      data-testid={`status-${className}`}
      {...extra}
    />
  )
  return (
    <li className="registry-status" aria-label={label} data-testid="status-row">
      {field(status, s.status, s.statusPlaceholder, 'code', { list: STATUS_OPTIONS_ID, autoFocus })}
      {field(topic, s.topic, s.topicPlaceholder, 'topic', { multiline: true })}
      {field(period, s.period, s.periodPlaceholder, 'period')}
      {canWrite
        ? (
          <button type="button" className="button button--link registry-status__remove" onClick={onRemove}
            aria-label={s.removeOf(status?.toString() ?? '')} title={s.remove} data-testid="status-remove">
            ×
          </button>
          )
        : null}
    </li>
  )
}
